package dev.bcfkit.examples.cli;

import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.rules.calc.RagRating;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code bcf rag}: rates an actual against its target: Green when the target is met, Amber when
 * the shortfall is within the tolerance (2.5% of the target by default), else Red
 * (Nottinghamshire Q2 2017/18, {@code [000:20-26]}).
 */
final class RagCommand extends OptionCommand {

    @Override
    public String name() {
        return "rag";
    }

    @Override
    public String summary() {
        return "rate an actual against its target: GREEN, AMBER or RED";
    }

    @Override
    public String help() {
        return """
                Usage: bcf rag --target T --actual A --direction lower|higher [--tolerance PCT] [--format text|json]

                Prints GREEN when the target is met (actual at or below T when lower is better, at
                or above T when higher is better), AMBER when the shortfall is within PCT percent of
                the target (default 2.5), RED otherwise. Nottinghamshire Q2 2017/18 [000:20-26]:
                  bcf rag --target 613.7 --actual 644.14 --direction lower    prints RED
                  bcf rag --target 85 --actual 84 --direction higher          prints AMBER
                """;
    }

    @Override
    Options options() {
        return Options.none().value("target").value("actual").value("direction").value("tolerance")
                .value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        BigDecimal target = Numbers.decimal(name(), "--target", args.required("target"));
        BigDecimal actual = Numbers.decimal(name(), "--actual", args.required("actual"));
        String directionName = args.required("direction");
        Direction direction = switch (directionName) {
            case "lower", "lower-is-better", "LOWER_IS_BETTER" -> Direction.LOWER_IS_BETTER;
            case "higher", "higher-is-better", "HIGHER_IS_BETTER" -> Direction.HIGHER_IS_BETTER;
            default -> throw new UsageException(name() + ": --direction: expected lower or higher, found \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(directionName)) + "\"");
        };
        String toleranceText = args.value("tolerance");
        BigDecimal tolerance = toleranceText == null ? RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT
                : Numbers.decimal(name(), "--tolerance", toleranceText);
        Rag rag = RagRating.rate(target, actual, direction, tolerance);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", target);
            m.put("actual", actual);
            m.put("direction", direction == Direction.LOWER_IS_BETTER ? "lower" : "higher");
            m.put("tolerancePercent", tolerance);
            m.put("rag", rag.name());
            io.out().println(JsonText.write(m));
        } else {
            io.out().println(rag.name());
        }
        return 0;
    }
}
