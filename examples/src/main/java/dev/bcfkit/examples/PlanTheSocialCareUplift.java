package dev.bcfkit.examples;

import dev.bcfkit.core.Money;
import dev.bcfkit.rules.calc.SocialCareUplift;
import java.io.PrintStream;

/**
 * Example: the minimum NHS contribution to adult social care for 2017/18 and 2018/19 under the
 * 2017-19 Policy Framework ({@code [002:673-675]}): the 2016/17 baseline uplifted by 1.79% and
 * then by 1.9%, or frontloaded into 2017/18. Each year is rounded to whole pounds, half up, before
 * the next uplift (the library's rounding, a decision the papers leave open).
 *
 * <pre>
 * java -cp examples/target/bcf.jar dev.bcfkit.examples.PlanTheSocialCareUplift [BASELINE_2016_17]
 * </pre>
 */
public final class PlanTheSocialCareUplift {
    private PlanTheSocialCareUplift() {
    }

    /**
     * @param args optionally the 2016/17 baseline in pounds; £1,000,000 by default
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
        Money baseline = args.length > 0 ? Money.parse(args[0]) : Money.pounds(1_000_000);
        SocialCareUplift.Minimums phased = SocialCareUplift.minimums(baseline, false);
        SocialCareUplift.Minimums frontloaded = SocialCareUplift.minimums(baseline, true);
        out.println("2016/17 baseline: " + baseline.format());
        out.println("Phased:      2017/18 at least " + phased.year2017to18().format() + ", 2018/19 at least "
                + phased.year2018to19().format());
        out.println("Frontloaded: 2017/18 at least " + frontloaded.year2017to18().format()
                + ", 2018/19 at least " + frontloaded.year2018to19().format());
        Money extraIn2017 = frontloaded.year2017to18().minus(phased.year2017to18());
        out.println("Frontloading brings " + extraIn2017.format() + " forward into 2017/18.");
    }
}
