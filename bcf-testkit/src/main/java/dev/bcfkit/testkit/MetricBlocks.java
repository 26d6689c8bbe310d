package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.metrics.Trend;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Metric blocks: the six 2016/17 blocks with a progress drop-down and commentary
 * ({@code [002:1056-1082]}), and the four 2017-19 blocks with an assessment, challenges,
 * achievements and support needs ({@code [000:207-213]}, {@code [004:57-60]}).
 */
final class MetricBlocks {
    /** The 2016/17 blocks in template order ({@code [002:1056-1082]}, {@code [002:2456]}). */
    static final List<MetricKind> ORDER_2016_17 = List.of(MetricKind.NON_ELECTIVE_ADMISSIONS,
            MetricKind.DELAYED_TRANSFERS_OF_CARE, MetricKind.LOCAL, MetricKind.PATIENT_EXPERIENCE,
            MetricKind.RESIDENTIAL_ADMISSIONS, MetricKind.REABLEMENT);
    /** The 2017-19 blocks in template order ({@code [000:207-213]}). */
    static final List<MetricKind> ORDER_2017_19 = List.of(MetricKind.NON_ELECTIVE_ADMISSIONS,
            MetricKind.RESIDENTIAL_ADMISSIONS, MetricKind.REABLEMENT, MetricKind.DELAYED_TRANSFERS_OF_CARE);

    private MetricBlocks() {
    }

    /**
     * @param edition a quarterly-return edition
     * @return the metric blocks the edition's return has, in template order
     */
    static List<MetricKind> kinds(Edition edition) {
        return edition == Edition.QUARTERLY_2016_17 ? ORDER_2016_17 : ORDER_2017_19;
    }

    /**
     * @param metric a metric
     * @return its pre-populated definition, as the templates word it
     */
    static String definition(MetricKind metric) {
        return switch (metric) {
            case NON_ELECTIVE_ADMISSIONS -> "Reduction in non-elective admissions";
            case DELAYED_TRANSFERS_OF_CARE ->
                    "Delayed Transfers of Care (delayed days) from hospital per 100,000 population (aged 18+)";
            case RESIDENTIAL_ADMISSIONS -> "Rate of permanent admissions to residential care per 100,000 population (65+)";
            case REABLEMENT -> "Proportion of older people (65 and over) who were still at home 91 days after "
                    + "discharge from hospital into reablement / rehabilitation services";
            case LOCAL -> "People with a long-term condition feeling supported to manage their condition";
            case PATIENT_EXPERIENCE -> "Friends and Family Net promoter score";
            case PERSONAL_HEALTH_BUDGETS -> "Number of Personal Health Budgets per 100,000 population";
        };
    }

    /**
     * @param edition a quarterly-return edition
     * @param metric a metric of that edition
     * @return a complete block
     */
    static Arbitrary<MetricProgress> block(Edition edition, MetricKind metric) {
        Arbitrary<MetricAssessment> assessment = Arbitraries.of(MetricAssessment.forEdition(edition));
        if (edition == Edition.QUARTERLY_2016_17) {
            return Combinators.combine(assessment, Texts.upTo(2_000)).as((a, commentary) -> new MetricProgress(
                    metric, definition(metric), a, commentary, null, null, null, null, null));
        }
        return Combinators.combine(assessment, Texts.upTo(2_000), Texts.upTo(2_000), Texts.upTo(2_000))
                .as((a, challenges, achievements, support) -> new MetricProgress(metric, definition(metric), a,
                        null, challenges, achievements, support, null, null));
    }

    /**
     * @param edition a quarterly-return edition
     * @return every block of the edition, in template order
     */
    static Arbitrary<List<MetricProgress>> blocks(Edition edition) {
        List<Arbitrary<MetricProgress>> blocks = new ArrayList<>();
        for (MetricKind k : kinds(edition)) {
            blocks.add(block(edition, k));
        }
        return Combinators.combine(blocks).as(List::copyOf);
    }

    /**
     * @return target and actual figures as a performance report prints them ({@code [000:20-26]});
     *     rates of 0 to 5,000 with one decimal, each with its unit as reported or none stated (a
     *     fifth of them), the actual mostly in the target's unit and sometimes in another, rating
     *     and trend as printed
     */
    static Arbitrary<MetricFigures> figures() {
        Arbitrary<BigDecimal> value = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(1);
        Arbitrary<MetricUnit> unit = Arbitraries.of(MetricUnit.class).injectNull(0.2);
        Arbitrary<Tuple.Tuple2<MetricUnit, MetricUnit>> units = Combinators.combine(unit, unit,
                Arbitraries.integers().between(1, 10)).as((target, other, dice) -> Tuple.of(target,
                dice <= 8 ? target : other));
        return Combinators.combine(Arbitraries.of("BCF1", "BCF2", "BCF3", "BCF4"), value, value, units,
                Arbitraries.of(Rag.class), Arbitraries.of(Trend.class), Texts.upTo(500))
                .as((ref, target, actual, u, rag, trend, actions) -> new MetricFigures(ref, target, u.get1(), "Q2",
                        actual, u.get2(), "YTD", rag, trend, actions));
    }
}
