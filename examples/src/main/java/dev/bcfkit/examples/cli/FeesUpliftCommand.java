package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.Fees;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bcf fees uplift}: a fee rate uplifted by a percentage, rounded half up to pence, as
 * Dorset's 2018/19 return uplifts £803 a week by 2.5% ({@code [004]}).
 */
final class FeesUpliftCommand extends OptionCommand {

    @Override
    public String name() {
        return "fees uplift";
    }

    @Override
    public String summary() {
        return "a fee rate uplifted by a percentage, to pence";
    }

    @Override
    public String help() {
        return """
                Usage: bcf fees uplift --rate R --percent P [--format text|json]

                Prints rate R (pounds) uplifted by P percent, rounded half up to pence, as
                Dorset's 2018/19 return uplifts its fees [004]:
                  bcf fees uplift --rate 803 --percent 2.5   prints 823.08
                """;
    }

    @Override
    Options options() {
        return Options.none().value("rate").value("percent").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        Money rate = Numbers.money(name(), "--rate", args.required("rate"));
        BigDecimal percent = Numbers.decimal(name(), "--percent", args.required("percent"));
        Money uplifted = Fees.uplift(rate, percent, RoundingMode.HALF_UP);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rate", rate.amount());
            m.put("percent", percent);
            m.put("rounding", "HALF_UP");
            m.put("uplifted", uplifted.amount());
            io.out().println(JsonText.write(m));
        } else {
            io.out().println(uplifted.amount().toPlainString());
        }
        return 0;
    }
}
