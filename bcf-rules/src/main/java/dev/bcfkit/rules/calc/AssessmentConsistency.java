package dev.bcfkit.rules.calc;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricAssessment;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a return's self-assessment drop-down agrees with the rating computed from the figures
 * (derived: the papers do not ask for it, but a board reading both expects them to agree). Nottinghamshire
 * reported reablement as "On track to meet target" ({@code [000:210]}) while its own table rated
 * it AMBER at 84% against 85% ({@code [000:25]}).
 *
 * <p>GREEN agrees only with "On track to meet target". AMBER and RED agree with the values that
 * say the target will not be met: "Not on track to meet target" in 2017-19
 * ({@code [000:213]}, {@code [004:57-60]}); in 2016/17 "On track for improved performance, but not
 * to meet full target" ({@code [002:2457]}) and "No improvement in performance"
 * ({@code [002:1666]}). A rating says nothing about improvement (that is the trend), so both
 * 2016/17 values agree with AMBER and with RED.
 */
public final class AssessmentConsistency {
    private AssessmentConsistency() {
    }

    /**
     * The edition's drop-down values that agree with a computed rating.
     *
     * @param edition the return's edition; must have an assessment drop-down (not the 2014 plan)
     * @param rag the computed rating
     * @return the agreeing values, never empty
     * @throws CalculationException if an input is null or the edition has no assessment drop-down
     */
    public static ImmutableSet<MetricAssessment> consistentWith(Edition edition, Rag rag) {
        Inputs.present("rag", rag);
        List<MetricAssessment> list = dropDown(edition);
        boolean onTrack = rag == Rag.GREEN;
        return list.stream()
                .filter(a -> a.assessesProgress() && a.saysOnTrack() == onTrack)
                .collect(Sets.toImmutableEnumSet());
    }

    /**
     * Whether an assessment contradicts the computed rating: "On track to meet target" with AMBER
     * or RED (Nottinghamshire reablement, {@code [000:210]} against {@code [000:25]}), or a
     * not-on-track value with GREEN. "Data not available to assess progress" ({@code [002:1261]})
     * contradicts no rating.
     *
     * @param edition the return's edition
     * @param assessment the value chosen in the return
     * @param rag the computed rating
     * @return whether they disagree
     * @throws CalculationException if an input is null, the edition has no assessment drop-down, or
     *     the assessment is not in the edition's drop-down
     */
    public static boolean contradicts(Edition edition, MetricAssessment assessment, Rag rag) {
        Inputs.present("assessment", assessment);
        Inputs.present("rag", rag);
        List<MetricAssessment> list = dropDown(edition);
        if (!list.contains(assessment)) {
            throw new CalculationException("assessment: \"" + assessment.label() + "\" is not in the "
                    + edition.label() + " drop-down; expected one of " + list.stream()
                            .map(a -> "\"" + a.label() + "\"").collect(Collectors.joining(", ")));
        }
        // "Data not available to assess progress" makes no claim, so nothing contradicts it
        return assessment.assessesProgress() && !consistentWith(edition, rag).contains(assessment);
    }

    private static List<MetricAssessment> dropDown(Edition edition) {
        Inputs.present("edition", edition);
        List<MetricAssessment> list = MetricAssessment.forEdition(edition);
        if (list.isEmpty()) {
            throw new CalculationException("edition: the " + edition.label() + " has no metric assessment drop-down");
        }
        return list;
    }
}
