package dev.bcfkit.examples;

import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Population;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.calc.FigureRating;
import dev.bcfkit.rules.calc.RagRating;
import dev.bcfkit.rules.calc.Rates;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: the delayed transfers of care metric, delayed days per 100,000 population aged 18+,
 * average per month ({@code [002:989]}, {@code [002:1271-1273]}), then its RAG rating against a
 * target as Nottinghamshire reported it for Q2 2017/18: target 613.7, actual 644.14, lower is
 * better, so Red ({@code [000:26]}).
 *
 * <pre>
 * java -cp examples/target/bcf.jar dev.bcfkit.examples.ComputeADtocRate [POPULATION_18_PLUS DAYS_MONTH1 ...]
 * </pre>
 */
public final class ComputeADtocRate {
    private ComputeADtocRate() {
    }

    /**
     * @param args optionally the population aged 18+ and the delayed days of each month; by
     *        default an illustrative quarter (the papers give no population figures)
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example, printing to {@code out} (tests pass their own stream).
     *
     * @param args as for {@link #main}
     * @param out where to print
     */
    static void run(String[] args, PrintStream out) {
        long population = 600_000;
        List<Long> days = List.of(3_000L, 3_100L, 2_900L);
        if (args.length >= 2) {
            population = Long.parseLong(args[0]);
            List<Long> given = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                given.add(Long.parseLong(args[i]));
            }
            days = given;
        } else {
            out.println("(illustrative figures; give POPULATION_18_PLUS DAYS_MONTH1 ... for your own)");
        }

        // The population is the ONS projection aged 18+ for the calendar year of the months [002:1267].
        Population aged18Plus = Population.of(AgeBand.AGED_18_PLUS, 2017, population);
        BigDecimal rate = Rates.dtocAveragePerMonth(days, aged18Plus);
        out.println("Delayed days " + days + " over " + days.size() + " months, population aged 18+ " + population);
        out.println("  average per month per 100,000: " + rate.toPlainString());

        // The RAG rating of the metric as a return reports it.
        QuarterlyReturn notts = (QuarterlyReturn) BcfJson.strict()
                .readDocument(SampleData.file("nottinghamshire-2017-18-q2.json"));
        for (MetricProgress m : notts.metrics()) {
            MetricFigures f = m.figures();
            if (m.metric() != MetricKind.DELAYED_TRANSFERS_OF_CARE || f == null || f.target() == null
                    || f.actual() == null) {
                continue;
            }
            // rated only when the target and the actual are in the same unit, each as the return reports it
            Rag rag = FigureRating.rate(m.metric(), f, RagRating.DEFAULT_AMBER_TOLERANCE_PERCENT);
            out.println(notts.cover().healthAndWellbeingBoard().name() + " " + notts.period() + ": target "
                    + f.target().toPlainString() + ", actual " + f.actual().toPlainString() + " ("
                    + f.actualUnitOr(m.metric().unit()).label() + ", lower is better): " + rag
                    + (f.reportedRag() == null ? "" : "; the return reported " + f.reportedRag()));
        }
    }
}
