package dev.bcfkit.rules;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.Shape;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.engine.DocumentFindings;
import dev.bcfkit.rules.framework.FrameworkPlanChecklist;
import dev.bcfkit.rules.engine.RuleFindings;
import dev.bcfkit.rules.engine.ShapeValidation;
import dev.bcfkit.rules.engine.Work;
import dev.bcfkit.rules.returns.QuestionCompletion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Validates a quarterly return, plan, pooled budget or local outcome table (a design principle: "The flow of data"): first its
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
    private final ImmutableList<RuleSet> local;

    private BcfValidator(Function<Edition, Rulebook> rulebooks) {
        this(rulebooks, List.of());
    }

    private BcfValidator(Function<Edition, Rulebook> rulebooks, List<RuleSet> local) {
        this.rulebooks = rulebooks;
        this.local = ImmutableList.copyOf(local);
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
     * Starts a validator with the library's rulebooks and, added with
     * {@link Builder#addRules(RuleSet)}, a council's own rules.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the local rule sets this validator runs after the national rules, in the order added */
    public ImmutableList<RuleSet> localRuleSets() {
        return local;
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
     * Validates a document of any kind with every parameter at its default: a return in its own
     * edition and period, a plan or pooled budget in the one edition of its kind. Its shape is
     * judged here, by Bean Validation ({@link Shape#UNJUDGED}).
     *
     * @param document the document
     * @return the report
     * @throws BcfException if the document, or a return's period, is null
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for a return's year
     */
    public Report validate(BcfDocument document) {
        return validate(document, Shape.UNJUDGED);
    }

    /**
     * Validates a document of any kind, as {@link #validate(BcfDocument)} does, judging its shape
     * only if it is still to be judged: a document whose shape the strict reader has judged and
     * found whole (its {@code ReadResult.shape()} {@linkplain Shape#vouchesFor vouches for} this
     * very instance) is not judged again by Bean Validation, and its edition is the one the reader
     * resolved. Pass on what the reader said; a document built or changed in code is
     * {@link Shape#UNJUDGED}, and a token that does not vouch for the document passed counts as
     * {@link Shape#UNJUDGED}.
     *
     * @param document the document
     * @param shape what is known of its shape
     * @return the report
     * @throws BcfException if an argument, or a return's period, is null
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for a return's year
     */
    public Report validate(BcfDocument document, Shape shape) {
        present(document, "document");
        if (shape == null) {
            throw new BcfException("shape: expected what is known of the document's shape, found null");
        }
        // the edition the reader resolved for this very document, or null: then it is resolved here
        Edition judged = shape.editionOf(document);
        boolean held = judged != null;
        // Every kind BcfDocument permits, and no default: a new kind fails here, loudly, and in the
        // test that validates one document of every permitted kind.
        if (document instanceof QuarterlyReturn r) {
            return returnReport(r, held ? RuleContext.of(judged, period(r)) : contextOf(r), held);
        }
        if (document instanceof Plan p) {
            return planReport(p, RuleContext.of(held ? judged : p.edition(), null), held);
        }
        if (document instanceof PooledBudget b) {
            return pooledBudgetReport(b, RuleContext.of(held ? judged : b.edition(), null), held);
        }
        if (document instanceof LocalOutcomeTable t) {
            return localOutcomeReport(t, RuleContext.of(held ? judged : t.edition(), null), held);
        }
        if (document instanceof PolicyFrameworkPlan p) {
            return frameworkPlanReport(p, RuleContext.of(held ? judged : p.edition(), null), held);
        }
        throw new BcfException("document: no validation is known for " + document.getClass().getName());
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
        return returnReport(r, contextOf(r), false);
    }

    /** The context of a return: its edition, resolved once here from its period, and the period. */
    private static RuleContext contextOf(QuarterlyReturn r) {
        ReportingPeriod period = period(r);
        return RuleContext.of(r.edition(), period);
    }

    private static ReportingPeriod period(QuarterlyReturn r) {
        if (r.period() == null) {
            throw new BcfException("period: a return is judged by the template of its reporting period, found null");
        }
        return r.period();
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
        return returnReport(r, context, false);
    }

    private Report returnReport(QuarterlyReturn r, RuleContext context, boolean shapeHeld) {
        DocumentFindings findings = judge(r, context, rulebooks.apply(context.edition()).returnRules(), shapeHeld);
        return new Report(context.edition(), context.period(), findings.findings(), QuestionCompletion.of(r, context),
                findings.omitted());
    }

    /**
     * Validates the returns of one board and year together (requirement R45): the cells a return
     * pre-populates from an earlier one equal what that return said ({@code [002:1453]},
     * {@code [002:1659]}, {@code [002:2046]}, {@code [002:2373]}), and condition answers, High
     * Impact Change maturity and personal health budget totals move on plausibly from quarter to
     * quarter (derived). Each finding's path starts with the quarter of the return it is in, such
     * as {@code /Q2/budgetArrangements/pooledViaSection75}, and its message names the quarters.
     * The returns are not judged one by one here: validate each return as well.
     *
     * @param series the returns of one board and year
     * @return the report, in the series' edition and of its latest quarter, with no checklist
     * @throws BcfException if the series is null
     * @throws dev.bcfkit.core.UnknownEditionException if no template is known for the series' year
     */
    public Report validate(ReturnSeries series) {
        present(series, "series");
        RuleContext context = RuleContext.of(series.edition(), series.latest());
        DocumentFindings findings = judge(series, context, rulebooks.apply(context.edition()).seriesRules(), true);
        return new Report(context.edition(), context.period(), findings.findings(), List.of(), findings.omitted());
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
        return validate(p, RuleContext.of(p.edition(), null));
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
        return planReport(p, context, false);
    }

    private Report planReport(Plan p, RuleContext context, boolean shapeHeld) {
        DocumentFindings findings = judge(p, context, rulebooks.apply(context.edition()).planRules(), shapeHeld);
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
        return validate(b, RuleContext.of(b.edition(), null));
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
        return pooledBudgetReport(b, context, false);
    }

    private Report pooledBudgetReport(PooledBudget b, RuleContext context, boolean shapeHeld) {
        DocumentFindings findings = judge(b, context, rulebooks.apply(context.edition()).pooledBudgetRules(), shapeHeld);
        return new Report(context.edition(), context.period(), findings.findings(), List.of(), findings.omitted());
    }

    /**
     * Validates a local outcome table against the local-outcome rules ({@code [001:29-41]}).
     *
     * @param t the table
     * @return the report
     * @throws BcfException if the table is null
     */
    public Report validate(LocalOutcomeTable t) {
        present(t, "local outcome table");
        return validate(t, RuleContext.of(t.edition(), null));
    }

    /**
     * Validates a local outcome table in a context.
     *
     * @param t the table
     * @param context the context; its edition must be a local-outcome edition
     * @return the report
     * @throws BcfException if an argument is null or the context's edition is not a local-outcome edition
     */
    public Report validate(LocalOutcomeTable t, RuleContext context) {
        present(t, "local outcome table");
        expect(context, DocumentKind.LOCAL_OUTCOME_TABLE);
        return localOutcomeReport(t, context, false);
    }

    private Report localOutcomeReport(LocalOutcomeTable t, RuleContext context, boolean shapeHeld) {
        DocumentFindings findings = judge(t, context, rulebooks.apply(context.edition()).localOutcomeRules(),
                shapeHeld);
        return new Report(context.edition(), context.period(), findings.findings(), List.of(), findings.omitted());
    }

    /**
     * Validates a 2017-19 plan against the Policy Framework's rules: the pooled-budget rules on the
     * pooled budget it holds ({@link PolicyFrameworkPlan#pooledBudget()}, whose members and so
     * JSON pointers are the plan's own) and the plan's own rules.
     *
     * @param p the plan
     * @return the report, with the plan's checklist
     * @throws BcfException if the plan is null
     */
    public Report validate(PolicyFrameworkPlan p) {
        present(p, "plan");
        return validate(p, RuleContext.of(p.edition(), null));
    }

    /**
     * Validates a 2017-19 plan in a context.
     *
     * @param p the plan
     * @param context the context; its edition must be a plan edition
     * @return the report
     * @throws BcfException if an argument is null or the context's edition is not a plan edition
     */
    public Report validate(PolicyFrameworkPlan p, RuleContext context) {
        present(p, "plan");
        expect(context, DocumentKind.PLAN);
        return frameworkPlanReport(p, context, false);
    }

    private Report frameworkPlanReport(PolicyFrameworkPlan p, RuleContext context, boolean shapeHeld) {
        Rulebook book = rulebooks.apply(context.edition());
        DocumentFindings findings = judge(p, context, book.frameworkPlanRules(), shapeHeld);
        runAll(p.pooledBudget(), context, book.pooledBudgetRules(), findings);
        return new Report(context.edition(), context.period(), findings.findings(),
                FrameworkPlanChecklist.of(p, context.edition()), findings.omitted());
    }

    private <T> DocumentFindings judge(T document, RuleContext context, List<Rule<T>> rules, boolean shapeHeld) {
        Work work = context.work();
        DocumentFindings findings = new DocumentFindings(work);
        if (!shapeHeld) {
            ShapeValidation.check(document, findings, work);
        }
        runAll(document, context, rules, findings);
        return findings;
    }

    /** Runs the national rules, then each local rule set's rules for the document's type and edition. */
    private <T> void runAll(T document, RuleContext context, List<Rule<T>> rules, DocumentFindings findings) {
        for (Rule<T> rule : rules) {
            run(rule, RuleSet.NATIONAL, document, context, findings);
        }
        for (RuleSet set : local) {
            for (Rule<T> rule : set.<T>rulesFor(document.getClass(), context.edition())) {
                run(rule, set.name(), document, context, findings);
            }
        }
    }

    private static <T> void run(Rule<T> rule, String ruleSet, T document, RuleContext context,
            DocumentFindings findings) {
        context.work().add(1);
        RuleFindings own = findings.open(rule.id(), rule.severity(), rule.provenance(), ruleSet);
        try {
            rule.run(document, context, own);
            findings.add(own);
        } catch (RuntimeException e) {
            findings.addAlways(new Finding(RULE_FAILED, Severity.ERROR, "", "rule " + rule.id() + " (\"" + rule.title()
                    + "\") failed unexpectedly, so its findings are missing: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + Text.abbreviate(e.getMessage())), rule.provenance(), ruleSet));
        }
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

    /**
     * Builds a {@link BcfValidator} that runs a council's local rules after the national ones:
     *
     * <pre>{@code
     * BcfValidator validator = BcfValidator.builder()
     *         .addRules(RuleSet.local("southend-local", signedOffByADirector))
     *         .build();
     * }</pre>
     *
     * <p>Local findings carry their rule set's name ({@link Finding#ruleSet()}) and count like any
     * other: a local ERROR makes {@link Report#hasErrors()} true. Local rules apply to the document
     * type and editions they declare; a rule that throws becomes a {@code RULE-FAILED} finding of
     * its rule set, as a national rule's would.
     *
     * <p><b>Stability:</b> stable API.
     */
    public static final class Builder {
        private final List<RuleSet> sets = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a local rule set; its rules run after the national rules and after the sets added before it.
         *
         * @param set the rule set
         * @return this builder
         * @throws BcfException if the set is null, a set of the same name was added already, or one
         *     of its rule ids is in a set added already; the message names both
         */
        public Builder addRules(RuleSet set) {
            if (set == null) {
                throw new BcfException("rule set: expected a local rule set, found null");
            }
            for (RuleSet earlier : sets) {
                if (earlier.name().equals(set.name())) {
                    throw new BcfException("rule set \"" + set.name() + "\" is added twice");
                }
                for (Rule<?> rule : set.rules()) {
                    for (Rule<?> other : earlier.rules()) {
                        if (other.id().equals(rule.id())) {
                            throw new BcfException("rule set \"" + set.name() + "\": the rule id \"" + rule.id()
                                    + "\" is already a rule of the rule set \"" + earlier.name() + "\"");
                        }
                    }
                }
            }
            sets.add(set);
            return this;
        }

        /**
         * Adds a local rule set of the given rules, as {@code addRules(RuleSet.local(name, rules))}.
         *
         * @param ruleSet the rule set's name
         * @param rules its rules
         * @return this builder
         * @throws BcfException as {@link RuleSet#local(String, Rule[])} and {@link #addRules(RuleSet)} do
         */
        public Builder addRules(String ruleSet, Rule<?>... rules) {
            return addRules(RuleSet.local(ruleSet, rules));
        }

        /** @return the validator; the builder may go on to build others */
        public BcfValidator build() {
            return new BcfValidator(Rulebook::forEdition, sets);
        }
    }
}
