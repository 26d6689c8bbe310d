package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Phasing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bcf split}: phases an annual amount into equal parts, the remainder going to the
 * earliest parts, as Southend phased its pooled fund: 13,131,049 into 3,282,763 and three times
 * 3,282,762 ({@code [002:2002]}).
 */
final class SplitCommand extends OptionCommand {

    @Override
    public String name() {
        return "split";
    }

    @Override
    public String summary() {
        return "split an annual amount into equal parts, remainder to the earliest";
    }

    @Override
    public String help() {
        return """
                Usage: bcf split --total AMOUNT --parts N [--unit pound|penny] [--format text|json]

                Splits AMOUNT (pounds, such as 13131049 or 20.00) into N equal parts (1 to 1000), in
                whole pounds (the default) or whole pence. The remainder units go to the earliest
                parts, as Southend phased its 2016/17 pooled fund [002:2002]:
                  bcf split --total 13131049 --parts 4   prints 3282763, 3282762, 3282762, 3282762

                Prints one part per line, as a plain decimal.
                """;
    }

    @Override
    Options options() {
        return Options.none().value("total").value("parts").value("unit").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        Money total = Numbers.money(name(), "--total", args.required("total"));
        int parts = Numbers.whole(name(), "--parts", args.required("parts"), 1, Phasing.MAX_PARTS);
        String unitName = args.value("unit") == null ? "pound" : args.value("unit");
        Phasing.Unit unit = switch (unitName) {
            case "pound" -> Phasing.Unit.POUND;
            case "penny" -> Phasing.Unit.PENNY;
            default -> throw new UsageException(name() + ": --unit: expected pound or penny, found \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(unitName)) + "\"");
        };
        List<Money> split = Phasing.split(total, parts, unit);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", total.amount());
            m.put("parts", parts);
            m.put("unit", unitName);
            m.put("split", split.stream().map(p -> (Object) p.amount()).toList());
            io.out().println(JsonText.write(m));
        } else {
            split.forEach(p -> io.out().println(p.amount().toPlainString()));
        }
        return 0;
    }
}
