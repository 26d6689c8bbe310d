package dev.bcfkit.examples;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleSet;
import dev.bcfkit.rules.Severity;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Example: a council adds its own rule to the national ones. The policy here is illustrative, a
 * council's own and not the papers': the return's sign-off names the signatory's role as chair of
 * the Health and Wellbeing Board. Southend-on-Sea's Q1 and Q2 2016/17 covers do ("Clr Lesley
 * Salter, Chair HWB" {@code [002:864]}, "Chair of HWB" {@code [002:1429]}); Q3 and Q4 give only the
 * name ("Cllr Lesley Salter", {@code [002:1807]}, {@code [002:2202]}).
 *
 * <p>Local rule ids begin {@code LOCAL-}, so they never clash with a national id, and every
 * finding says which rule set it comes from ({@link Finding#ruleSet()}).
 *
 * <pre>
 * java -cp examples/target/bcf.jar dev.bcfkit.examples.AddLocalRules
 * </pre>
 */
public final class AddLocalRules {
    /** The council's rule: a WARNING, since it is the council's policy and not the template's. */
    static final Rule<QuarterlyReturn> SIGN_OFF_NAMES_THE_CHAIR = Rule
            .on(QuarterlyReturn.class, "LOCAL-SIGN-OFF-NAMES-CHAIR")
            .title("The sign-off names the chair of the board")
            .severity(Severity.WARNING)
            .editions(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19)
            .source("Southend-on-Sea local sign-off policy (illustrative)")
            .check((r, context, emit) -> {
                String signedOff = r.cover() == null ? null : r.cover().signedOffBy();
                if (signedOff != null && !signedOff.toLowerCase(Locale.ROOT).contains("chair")) {
                    emit.report("/cover/signedOffBy", "the return is signed off by \"" + signedOff
                            + "\", which does not say the signatory is the chair of the board");
                }
            });

    private AddLocalRules() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        run(args, System.out);
    }

    /**
     * Runs the example, printing to {@code out} (tests pass their own stream).
     *
     * @param args none
     * @param out where to print
     */
    static void run(String[] args, PrintStream out) {
        // 1. Build the validator once, with the national rules and the council's rule set.
        BcfValidator validator = BcfValidator.builder()
                .addRules(RuleSet.local("southend-local", SIGN_OFF_NAMES_THE_CHAIR))
                .build();

        // 2. Validate as usual: local findings come after the national ones.
        BcfJson json = BcfJson.strict();
        for (String quarter : new String[] {"q1", "q2", "q3", "q4"}) {
            QuarterlyReturn r = json.read(SampleData.file("southend-2016-17-" + quarter + ".json"), QuarterlyReturn.class);
            Report report = validator.validate(r);
            long national = report.findings().stream().filter(f -> !f.isLocal()).count();
            out.println(r.cover().healthAndWellbeingBoard().name() + ", " + r.period() + ": " + national
                    + " national " + (national == 1 ? "finding" : "findings") + "; signed off by \""
                    + r.cover().signedOffBy() + "\"");
            for (Finding f : report.findings()) {
                if (f.isLocal()) {
                    out.println("  " + f.severity() + " " + f.ruleId() + " (rule set " + f.ruleSet() + ") at " + f.path()
                            + ": " + f.message());
                }
            }
        }
    }
}
