package dev.bcfkit.rules.returns;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.AssessmentConsistency;
import dev.bcfkit.rules.calc.CalculationException;
import dev.bcfkit.rules.calc.FigureRating;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.editions.ReturnProfile;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The metrics tab: the edition's metric blocks ({@code [002:1056-1082]}: six in 2016/17;
 * {@code [000:207-213]}, {@code [004:56-60]}: four in 2017-19, "We are no longer requiring the
 * national collection of a locally proposed metric" {@code [002:506]}), the assessment drop-down
 * of each, the 2016/17 commentary and patient-experience definition, and the consistency of an
 * assessment with the rating computed from the figures (derived, {@code [000:210]}, {@code [000:25]}).
 */
final class MetricRules {
    private MetricRules() {
    }

    /** @return the metric rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(ALL_REPORTED, ROW_UNEXPECTED, ASSESSMENT_REQUIRED, ASSESSMENT_ALLOWED, COMMENTARY_REQUIRED,
                PATIENT_EXPERIENCE_DEFINED, ASSESSMENT_CONTRADICTS_RAG);
    }

    /**
     * @param edition a quarterly-return edition
     * @return its metric blocks in template order: 2016/17 non-elective admissions, delayed
     *     transfers, the local metric, the patient-experience metric, residential admissions and
     *     reablement ({@code [002:1056-1082]}, {@code [002:2426-2459]}); 2017-19 non-elective
     *     admissions, residential admissions, reablement and delayed transfers ({@code [000:208-213]})
     */
    static List<MetricKind> expected(Edition edition) {
        return ReturnProfile.of(edition).metrics();
    }

    /** The edition's metric blocks are reported. */
    static final Rule<QuarterlyReturn> ALL_REPORTED = Rule.on(QuarterlyReturn.class, "METRIC-ALL-REPORTED")
            .requirements("R49")
            .title("Every metric block of the edition is reported")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:1210] \"the two national metrics, a DTOC metric, a Non-Elective Admissions metric, locally"
                    + " set metric and locally defined patient experience metric\" (2016/17: six blocks);"
                    + " [002:497-506], [000:208-213], [004:57-60] (2017-19: four). A WARNING: a missing block is a"
                    + " blank part of the sheet, an incomplete return; a block the edition does not have or a block"
                    + " given twice is METRIC-ROW-UNEXPECTED's")
            .check((r, ctx, emit) -> {
                Map<MetricKind, Integer> firstRow = firstRows(r.metrics(), ctx.edition());
                for (MetricKind m : expected(ctx.edition())) {
                    if (!firstRow.containsKey(m)) {
                        emit.report(Pointer.of("metrics"), "metric \"" + m.label() + "\" is missing");
                    }
                }
            });

    /** No block the template does not print: another edition's metric, or a second block for one. */
    static final Rule<QuarterlyReturn> ROW_UNEXPECTED = Rule.on(QuarterlyReturn.class, "METRIC-ROW-UNEXPECTED")
            .requirements("R49")
            .title("No metric block is of another edition, and none is given twice")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.ALL)
            .source("[002:1210] (2016/17: six blocks); [002:497-506], [000:208-213], [004:57-60] (2017-19: four,"
                    + " \"We are no longer requiring the national collection of a locally proposed metric\" [002:506]):"
                    + " the template prints one block for each of its edition's metrics, so another edition's metric"
                    + " or a second block for one cannot come from it: a present, wrong block, not a blank one")
            .check((r, ctx, emit) -> {
                List<MetricKind> expected = expected(ctx.edition());
                Map<MetricKind, Integer> firstRow = firstRows(r.metrics(), ctx.edition());
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    MetricKind m = rows.get(i).metric();
                    if (m == null) {
                        continue;
                    }
                    String at = Pointer.of("metrics", i, "metric");
                    if (!expected.contains(m)) {
                        emit.report(at, "metric \"" + m.label() + "\" is not reported in the " + ctx.edition().label()
                                + ", which has " + labels(expected));
                    } else if (firstRow.get(m) != i) {
                        emit.report(at, "metric \"" + m.label() + "\" appears more than once; it is already at "
                                + Pointer.of("metrics", firstRow.get(m)));
                    }
                }
            });

    /**
     * @param rows the metric blocks
     * @param edition the return's edition
     * @return each of the edition's metrics named in them, with the index of its first block
     */
    private static Map<MetricKind, Integer> firstRows(List<MetricProgress> rows, Edition edition) {
        List<MetricKind> expected = expected(edition);
        Map<MetricKind, Integer> firstRow = new EnumMap<>(MetricKind.class);
        for (int i = 0; i < rows.size(); i++) {
            MetricKind m = rows.get(i).metric();
            if (m != null && expected.contains(m)) {
                firstRow.putIfAbsent(m, i);
            }
        }
        return firstRow;
    }

    /** Every block has an assessment. */
    static final Rule<QuarterlyReturn> ASSESSMENT_REQUIRED = Rule.on(QuarterlyReturn.class,
            "METRIC-ASSESSMENT-REQUIRED")
            .requirements("R50")
            .title("Every metric block has a progress assessment")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("[002:1058] \"Please provide an update on indicative progress against the metric?\" (counted,"
                    + " [002:791-802]); [000:207] \"Assessment of progress against the planned target for the"
                    + " quarter\"")
            .check((r, ctx, emit) -> {
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).assessment() == null) {
                        emit.report(Pointer.of("metrics", i, "assessment"), name(rows.get(i), i)
                                + " has no progress assessment; select one of " + dropDown(ctx.edition()));
                    }
                }
            });

    /** The assessment is from the edition's drop-down. */
    static final Rule<QuarterlyReturn> ASSESSMENT_ALLOWED = Rule.on(QuarterlyReturn.class, "METRIC-ASSESSMENT-ALLOWED")
            .requirements("R50", "R51")
            .title("A progress assessment comes from the edition's drop-down")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.ALL)
            .statedOnlyIn(ReturnEditions::shown, ReturnEditions.SHOWN)
            .source("[002:1058], [002:1666], [002:2457] the 2016/17 values; [000:208-213], [004:57-60] the 2017-19"
                    + " values \"On track to meet target\" and \"Not on track to meet target\"")
            .check((r, ctx, emit) -> {
                List<MetricAssessment> allowed = MetricAssessment.forEdition(ctx.edition());
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    MetricAssessment a = rows.get(i).assessment();
                    if (a != null && !allowed.contains(a)) {
                        emit.report(Pointer.of("metrics", i, "assessment"), name(rows.get(i), i)
                                + " is assessed \"" + a.label() + "\", which is not in the " + ctx.edition().label()
                                + " drop-down; select one of " + dropDown(ctx.edition()));
                    }
                }
            });

    /** 2016/17: every block has its commentary on progress. */
    static final Rule<QuarterlyReturn> COMMENTARY_REQUIRED = Rule.on(QuarterlyReturn.class,
            "METRIC-COMMENTARY-REQUIRED")
            .requirements("R52")
            .title("In 2016/17 every metric block has its commentary on progress")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1059] \"Commentary on progress\", a counted question of \"5. Supporting Metrics 13\""
                    + " [002:874], [002:791-802]")
            .check((r, ctx, emit) -> {
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    if (Text.isBlank(rows.get(i).commentary())) {
                        emit.report(Pointer.of("metrics", i, "commentary"), name(rows.get(i), i)
                                + " has no commentary on progress");
                    }
                }
            });

    /** 2016/17: the patient-experience metric is defined. */
    static final Rule<QuarterlyReturn> PATIENT_EXPERIENCE_DEFINED = Rule.on(QuarterlyReturn.class,
            "METRIC-PATIENT-EXPERIENCE-DEFINED")
            .requirements("R54")
            .title("In 2016/17 the local patient-experience metric is defined, in the plan or in the return")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2016)
            .source("[002:1073-1074] \"If no local defined patient experience metric has been specified, please give"
                    + " details of the local defined patient experience metric now being used.\""
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> {
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    MetricProgress p = rows.get(i);
                    if (p.metric() == MetricKind.PATIENT_EXPERIENCE && Text.isBlank(p.definition())
                            && Text.isBlank(p.specifiedMetric())) {
                        emit.report(Pointer.of("metrics", i, "specifiedMetric"), "no local patient-experience metric"
                                + " is defined in the plan, so give details of the metric now being used");
                    }
                }
            });

    /** The assessment agrees with the rating computed from target and actual. */
    static final Rule<QuarterlyReturn> ASSESSMENT_CONTRADICTS_RAG = Rule.on(QuarterlyReturn.class,
            "METRIC-ASSESSMENT-CONTRADICTS-RAG")
            .requirements("R56", "R87")
            .title("A progress assessment agrees with the red/amber/green rating computed from the target and actual")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.ALL)
            .source("Derived: the papers do not say an assessment must agree with a rating computed from the figures,"
                    + " but a board reading both expects them to: [000:210] reablement \"On track to meet target\" while"
                    + " [000:25] rates it A at 84% against 85%")
            .derived()
            .check((r, ctx, emit) -> {
                List<MetricAssessment> allowed = MetricAssessment.forEdition(ctx.edition());
                List<MetricProgress> rows = r.metrics();
                for (int i = 0; i < rows.size(); i++) {
                    MetricProgress p = rows.get(i);
                    MetricFigures f = p.figures();
                    if (p.metric() == null || f == null || f.target() == null || f.actual() == null
                            || p.assessment() == null || !allowed.contains(p.assessment())) {
                        continue;
                    }
                    BigDecimal tolerance = ctx.amberTolerancePercent(p.metric());
                    Rag rag;
                    try {
                        rag = FigureRating.rate(p.metric(), f, tolerance);
                    } catch (CalculationException unusable) {
                        // figures no calculator can rate (such as a decimal of thousands of digits) cannot be
                        // compared, nor can figures in different units (METRIC-UNITS-AGREE reports those)
                        continue;
                    }
                    if (AssessmentConsistency.contradicts(ctx.edition(), p.assessment(), rag)) {
                        emit.report(Pointer.of("metrics", i, "assessment"), "the assessment \""
                                + p.assessment().label() + "\" of metric \"" + p.metric().label()
                                + "\" contradicts the rating " + rag
                                + " computed from the actual " + f.actual().toPlainString() + " against the target "
                                + f.target().toPlainString() + " (" + direction(p.metric().direction())
                                + ", amber within " + tolerance.toPlainString() + "% of the target)");
                    }
                }
            });

    private static String direction(Direction d) {
        return d == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }

    private static String name(MetricProgress p, int index) {
        return p.metric() == null ? "the metric at row " + index : "metric \"" + p.metric().label() + "\"";
    }

    private static String labels(List<MetricKind> metrics) {
        return metrics.stream().map(MetricKind::label).collect(Collectors.joining(", "));
    }

    private static String dropDown(Edition edition) {
        return MetricAssessment.forEdition(edition).stream().map(a -> "\"" + a.label() + "\"")
                .collect(Collectors.joining(", "));
    }
}
