package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.calc.RagRating;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the metric rules: the assessment warning agrees with the computed rating, the
 * drop-down is the edition's, and every missing or unassessed block is reported.
 */
class MetricRulesProperties {

    @Provide
    Arbitrary<QuarterlyReturn> samples() {
        return SampleArbitraries.samples();
    }

    @Provide
    Arbitrary<BigDecimal> figure() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("100000")).ofScale(2);
    }

    @Property(tries = 400)
    void theAssessmentIsWarnedExactlyWhenItContradictsTheComputedRating(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 5) int row, @ForAll("figure") BigDecimal target, @ForAll("figure") BigDecimal actual,
            @ForAll MetricAssessment assessment) {
        int index = row % r.metrics().size();
        net.jqwik.api.Assume.that(MetricAssessment.forEdition(r.edition()).contains(assessment));
        QuarterlyReturn changed = ReturnEdits.metric(r, index, p -> new MetricProgress(p.metric(), p.definition(),
                assessment, p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(), p.specifiedMetric(),
                new MetricFigures(null, target, null, actual, null, null, null, null)));
        MetricKind metric = r.metrics().get(index).metric();
        Rag rag = RagRating.rate(target, actual, metric.direction(), RuleContext.DEFAULT_AMBER_TOLERANCE_PERCENT);
        // "Data not available to assess progress" [002:1261] makes no claim to contradict
        boolean contradicts = assessment.assessesProgress() && assessment.saysOnTrack() != (rag == Rag.GREEN);
        assertEquals(contradicts ? 1 : 0, Judge.run(MetricRules.ASSESSMENT_CONTRADICTS_RAG, changed).size());
    }

    @Property(tries = 400)
    void figuresInTwoUnitsAreWarnedAndNeverRated(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 5) int row, @ForAll("figure") BigDecimal target, @ForAll("figure") BigDecimal actual,
            @ForAll("unit") MetricUnit targetUnit, @ForAll("unit") MetricUnit actualUnit,
            @ForAll MetricAssessment assessment) {
        int index = row % r.metrics().size();
        net.jqwik.api.Assume.that(MetricAssessment.forEdition(r.edition()).contains(assessment));
        MetricFigures figures = new MetricFigures(null, target, targetUnit, null, actual, actualUnit, null, null, null,
                null);
        QuarterlyReturn changed = ReturnEdits.metric(r, index, p -> new MetricProgress(p.metric(), p.definition(),
                assessment, p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(), p.specifiedMetric(),
                figures));
        MetricKind metric = r.metrics().get(index).metric();
        MetricUnit own = metric.unit();
        boolean same = (targetUnit == null ? own : targetUnit) == (actualUnit == null ? own : actualUnit);
        List<Finding> unitFindings = Judge.run(MetricUnitRules.UNITS_AGREE, changed);
        assertEquals(same ? List.of() : List.of("/metrics/" + index + "/figures"),
                unitFindings.stream().map(Finding::path).toList());
        unitFindings.forEach(f -> assertEquals(Severity.WARNING, f.severity()));
        if (!same) {
            assertEquals(0, Judge.run(MetricRules.ASSESSMENT_CONTRADICTS_RAG, changed).size(),
                    "figures in two units are not rated, so no assessment contradicts a rating");
        } else {
            Rag rag = RagRating.rate(target, actual, metric.direction(), RuleContext.DEFAULT_AMBER_TOLERANCE_PERCENT);
            boolean contradicts = assessment.assessesProgress() && assessment.saysOnTrack() != (rag == Rag.GREEN);
            assertEquals(contradicts ? 1 : 0, Judge.run(MetricRules.ASSESSMENT_CONTRADICTS_RAG, changed).size());
        }
    }

    @Provide
    Arbitrary<MetricUnit> unit() {
        return Arbitraries.of(MetricUnit.class).injectNull(0.3);
    }

    @Property(tries = 300)
    void anAssessmentIsAllowedExactlyWhenTheEditionsDropDownHasIt(@ForAll("samples") QuarterlyReturn r,
            @ForAll @IntRange(max = 5) int row, @ForAll MetricAssessment assessment) {
        int index = row % r.metrics().size();
        QuarterlyReturn changed = ReturnEdits.metric(r, index, p -> new MetricProgress(p.metric(), p.definition(),
                assessment, p.commentary(), p.challenges(), p.achievements(), p.supportNeeds(), p.specifiedMetric(),
                p.figures()));
        boolean allowed = MetricAssessment.forEdition(r.edition()).contains(assessment);
        assertEquals(allowed ? 0 : 1, Judge.run(MetricRules.ASSESSMENT_ALLOWED, changed).size());
    }

    @Property(tries = 300)
    void everyRemovedMetricIsMissingAndEveryUnassessedOneIsReported(@ForAll("samples") QuarterlyReturn r,
            @ForAll Set<@IntRange(max = 5) Integer> removed, @ForAll Set<@IntRange(max = 5) Integer> unassessed) {
        List<MetricProgress> rows = new ArrayList<>();
        List<String> expectedUnassessed = new ArrayList<>();
        int removedCount = 0;
        for (int i = 0; i < r.metrics().size(); i++) {
            MetricProgress p = r.metrics().get(i);
            if (removed.contains(i)) {
                removedCount++;
                continue;
            }
            if (unassessed.contains(i)) {
                p = new MetricProgress(p.metric(), p.definition(), null, p.commentary(), p.challenges(),
                        p.achievements(), p.supportNeeds(), p.specifiedMetric(), p.figures());
                expectedUnassessed.add("/metrics/" + rows.size() + "/assessment");
            }
            rows.add(p);
        }
        QuarterlyReturn changed = ReturnEdits.metrics(r, rows);
        assertEquals(removedCount, Judge.run(MetricRules.ALL_REPORTED, changed).size());
        assertEquals(expectedUnassessed, Judge.run(MetricRules.ASSESSMENT_REQUIRED, changed).stream()
                .map(Finding::path).toList());
    }

    @Property(tries = 200)
    void in2016EveryBlankCommentaryIsReported(@ForAll("samples2016") QuarterlyReturn r,
            @ForAll Set<@IntRange(max = 5) Integer> blank) {
        List<MetricProgress> rows = new ArrayList<>();
        for (int i = 0; i < r.metrics().size(); i++) {
            MetricProgress p = r.metrics().get(i);
            rows.add(blank.contains(i) ? new MetricProgress(p.metric(), p.definition(), p.assessment(), " ", null,
                    null, null, p.specifiedMetric(), null) : p);
        }
        assertEquals(blank.size(), Judge.run(MetricRules.COMMENTARY_REQUIRED, ReturnEdits.metrics(r, rows)).size());
    }

    @Provide
    Arbitrary<QuarterlyReturn> samples2016() {
        return SampleArbitraries.samples2016();
    }

    @Property(tries = 200)
    void thePatientExperienceMetricIsDefinedByThePlanOrTheReturn(@ForAll("samples2016") QuarterlyReturn r,
            @ForAll boolean inPlan, @ForAll boolean inReturn) {
        QuarterlyReturn changed = ReturnEdits.metric(r, 3, p -> new MetricProgress(p.metric(),
                inPlan ? "Friends and Family Net promoter score" : null, p.assessment(), p.commentary(), null, null,
                null, inReturn ? "Friends and Family Test" : null, null));
        assertEquals(inPlan || inReturn ? 0 : 1,
                Judge.run(MetricRules.PATIENT_EXPERIENCE_DEFINED, changed).size());
    }
}
