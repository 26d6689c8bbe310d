package dev.bcfkit.rules;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.engine.DocumentFindings;
import dev.bcfkit.rules.engine.FindingLimits;
import dev.bcfkit.rules.engine.RuleFindings;
import dev.bcfkit.rules.engine.ShapeValidation;
import dev.bcfkit.rules.engine.Work;
import dev.bcfkit.rules.returns.QuestionCompletion;
import java.util.List;
import java.util.function.Function;

/**
 * Validates a quarterly return, plan or pooled budget (a design principle: "The flow of data"): first its
 * shape, by the model's Jakarta Bean Validation constraints (rule id {@code SHAPE-VIOLATION},
 * Hibernate Validator bootstrapped once with no expression language), then the business rules
 * of the document's {@link Rulebook}, into one {@link Report}. Findings come in a stable order:
 * shape first, then the rules in rulebook order, each rule's in document order. A return's report
 * also reproduces the template's question-completion checklist ({@code [002:869-876]}).
 *
 * <p>A report lists a bounded number of findings ({@link FindingLimits}: at most 100 of a rule
 * and 1,000 of a document, then one summary finding per rule), so that its size stays
 * proportional to the document however many problems a hostile document has;
 * {@link Report#omitted()} counts the findings left out.
 *
 * <p>Judging never throws on bad data: every rule is null-safe, and a rule that fails
 * unexpectedly becomes an {@code ERROR} finding {@code RULE-FAILED} naming the rule, so one faulty
 * rule cannot hide the others. Callers never see a Hibernate type. Thread-safe: create one and
 * share it.
 */
public final class BcfValidator {
    /** The rule id of a rule that failed unexpectedly. */
    static final String RULE_FAILED = "RULE-FAILED";

    private final Function<Edition, Rulebook> rulebooks;

    private BcfValidator(Function<Edition, Rulebook> rulebooks) {
        this.rulebooks = rulebooks;
    }

    /**
     * A validator with the library's rulebooks.
     *
     * @return the validator
     */
    public static BcfValidator create() {
        return new BcfValidator(Rulebook::forEdition);
    }

    /**
     * A validator with other rulebooks, for tests of the validator's own behaviour.
     *
     * @param rulebooks the rulebook of each edition
     * @return the validator
     */
    static BcfValidator with(Function<Edition, Rulebook> rulebooks) {
        return new BcfValidator(rulebooks);
    }

    /**
     * Validates a return in its own edition and period, with every parameter at its default.
     *
     * @param r the return
     * @return the report
     * @throws BcfException if the return or its period is null
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for the return's year
     */
    public Report validate(QuarterlyReturn r) {
        present(r, "return");
        if (r.period() == null) {
            throw new BcfException("period: a return is judged by the template of its reporting period, found null");
        }
        return validate(r, RuleContext.of(r.edition(), r.period()));
    }

    /**
     * Validates a return in a context: its edition decides the rules and the checklist, its
     * period the quarter-specific rules.
     *
     * @param r the return
     * @param context a quarterly-return edition and a reporting period, with tolerances
     * @return the report
     * @throws BcfException if an argument is null, or the context is not a quarterly-return edition
     *     with a period
     */
    public Report validate(QuarterlyReturn r, RuleContext context) {
        present(r, "return");
        expect(context, DocumentKind.QUARTERLY_RETURN);
        if (context.period() == null) {
            throw new BcfException("context: a return is judged in a reporting period, found none");
        }
        DocumentFindings findings = judge(r, context, rulebooks.apply(context.edition()).returnRules());
        return new Report(context.edition(), context.period(), findings.findings(), QuestionCompletion.of(r, context),
                findings.omitted());
    }

    /**
     * Validates a plan against the 2014 planning template's rules.
     *
     * @param p the plan
     * @return the report
     * @throws BcfException if the plan is null
     */
    public Report validate(Plan p) {
        present(p, "plan");
        return validate(p, RuleContext.of(Edition.PLAN_2014, null));
    }

    /**
     * Validates a plan in a context.
     *
     * @param p the plan
     * @param context the context; its edition must be a plan edition
     * @return the report
     * @throws BcfException if an argument is null or the context's edition is not a plan edition
     */
    public Report validate(Plan p, RuleContext context) {
        present(p, "plan");
        expect(context, DocumentKind.PLAN);
        DocumentFindings findings = judge(p, context, rulebooks.apply(context.edition()).planRules());
        return new Report(context.edition(), context.period(), findings.findings(), List.of(), findings.omitted());
    }

    /**
     * Validates a pooled budget against the 2017-19 Policy Framework's rules.
     *
     * @param b the pooled budget
     * @return the report
     * @throws BcfException if the pooled budget is null
     */
    public Report validate(PooledBudget b) {
        present(b, "pooled budget");
        return validate(b, RuleContext.of(Edition.POOLED_BUDGET_2017_19, null));
    }

    /**
     * Validates a pooled budget in a context.
     *
     * @param b the pooled budget
     * @param context the context; its edition must be a pooled-budget edition
     * @return the report
     * @throws BcfException if an argument is null or the context's edition is not a pooled-budget edition
     */
    public Report validate(PooledBudget b, RuleContext context) {
        present(b, "pooled budget");
        expect(context, DocumentKind.POOLED_BUDGET);
        DocumentFindings findings = judge(b, context, rulebooks.apply(context.edition()).pooledBudgetRules());
        return new Report(context.edition(), context.period(), findings.findings(), List.of(), findings.omitted());
    }

    private static <T> DocumentFindings judge(T document, RuleContext context, List<Rule<T>> rules) {
        Work work = context.work();
        DocumentFindings findings = new DocumentFindings(work);
        ShapeValidation.check(document, findings, work);
        for (Rule<T> rule : rules) {
            work.add(1);
            RuleFindings own = findings.open(rule.id(), rule.severity(), rule.provenance());
            try {
                rule.run(document, context, own);
                findings.add(own);
            } catch (RuntimeException e) {
                findings.addAlways(new Finding(RULE_FAILED, Severity.ERROR, "", "rule " + rule.id() + " (\"" + rule.title()
                        + "\") failed unexpectedly, so its findings are missing: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + Text.abbreviate(e.getMessage())), rule.provenance()));
            }
        }
        return findings;
    }

    private static void present(Object document, String what) {
        if (document == null) {
            throw new BcfException(what + ": expected a document to validate, found null");
        }
    }

    private static void expect(RuleContext context, DocumentKind kind) {
        if (context == null) {
            throw new BcfException("context: expected a rule context, found null");
        }
        if (context.edition().kind() != kind) {
            throw new BcfException("context: the edition " + context.edition() + " (" + context.edition().label()
                    + ") does not judge a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }
}
