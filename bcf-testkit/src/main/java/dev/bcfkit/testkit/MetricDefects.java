package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.MetricAssessment;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;

/**
 * Defects in the metric blocks' drop-down and commentary ({@code [002:1056-1082]}, {@code [000:207-213]}).
 */
final class MetricDefects {
    private MetricDefects() {
    }

    private static int indexOf(QuarterlyReturn r, MetricKind metric) {
        for (int i = 0; i < r.metrics().size(); i++) {
            if (r.metrics().get(i).metric() == metric) {
                return i;
            }
        }
        return -1;
    }

    private static QuarterlyReturn edit(QuarterlyReturn r, int i, UnaryOperator<MetricProgress> edit) {
        return ReturnEdits.metrics(r, ReturnEdits.replace(r.metrics(), i, edit));
    }

    /** @return an assessment from another edition's drop-down */
    static Defect<QuarterlyReturn> assessmentNotAllowed() {
        return Defect.random("METRIC-ASSESSMENT-ALLOWED",
                "a metric assessment from another edition's drop-down (such as \"Not on track to meet target\" in 2016/17)",
                r -> !r.metrics().isEmpty() && Periods.RETURN_EDITIONS.contains(r.edition()),
                r -> Arbitraries.integers().between(0, r.metrics().size() - 1).map(i -> {
                    MetricAssessment foreign = r.edition() == Edition.QUARTERLY_2016_17
                            ? MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET : MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE;
                    return edit(r, i, m -> new MetricProgress(m.metric(), m.definition(), foreign, m.commentary(),
                            m.challenges(), m.achievements(), m.supportNeeds(), m.specifiedMetric(), m.figures()));
                }));
    }

    /** @return a 2016/17 metric block without its commentary */
    static Defect<QuarterlyReturn> commentaryMissing() {
        return Defect.random("METRIC-COMMENTARY-REQUIRED", "a 2016/17 metric block without its commentary on progress",
                r -> r.edition() == Edition.QUARTERLY_2016_17 && !r.metrics().isEmpty(),
                r -> Arbitraries.integers().between(0, r.metrics().size() - 1).map(i -> edit(r, i,
                        m -> new MetricProgress(m.metric(), m.definition(), m.assessment(), null, m.challenges(),
                                m.achievements(), m.supportNeeds(), m.specifiedMetric(), m.figures()))));
    }

    /** @return the 2016/17 patient-experience block with neither a definition nor the metric now used */
    static Defect<QuarterlyReturn> patientExperienceUndefined() {
        return Defect.of("METRIC-PATIENT-EXPERIENCE-DEFINED",
                "the patient-experience metric with neither a definition nor the metric now being used",
                r -> r.edition() == Edition.QUARTERLY_2016_17 && indexOf(r, MetricKind.PATIENT_EXPERIENCE) >= 0,
                r -> edit(r, indexOf(r, MetricKind.PATIENT_EXPERIENCE), m -> new MetricProgress(m.metric(), null,
                        m.assessment(), m.commentary(), m.challenges(), m.achievements(), m.supportNeeds(), null,
                        m.figures())));
    }
}
