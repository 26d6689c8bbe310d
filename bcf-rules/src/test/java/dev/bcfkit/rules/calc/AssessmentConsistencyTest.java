package dev.bcfkit.rules.calc;

import static dev.bcfkit.core.returns.MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET;
import static dev.bcfkit.core.returns.MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE;
import static dev.bcfkit.core.returns.MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE;
import static dev.bcfkit.core.returns.MetricAssessment.ON_TRACK_TO_MEET_TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.metrics.Direction;
import dev.bcfkit.core.metrics.Rag;
import dev.bcfkit.core.returns.MetricAssessment;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentConsistencyTest {

    @Test
    void nottinghamshireReablementOnTrackContradictsItsAmberRating() {
        // [000:210] "On track to meet target" while [000:25] shows 84% against 85%: AMBER
        Rag reablement = RagRating.rate(new BigDecimal("85"), new BigDecimal("84"), Direction.HIGHER_IS_BETTER);
        assertEquals(Rag.AMBER, reablement);
        assertTrue(AssessmentConsistency.contradicts(Edition.QUARTERLY_2017_18,
                MetricAssessment.fromLabel("On track to meet target"), reablement));
        // [000:213] DTOC "Not on track to meet target" agrees with BCF4 RED
        assertFalse(AssessmentConsistency.contradicts(Edition.QUARTERLY_2017_18,
                MetricAssessment.fromLabel("Not on track to meet target"), Rag.RED));
        // [000:208] NEA "On track to meet target" agrees with BCF1 GREEN
        assertFalse(AssessmentConsistency.contradicts(Edition.QUARTERLY_2017_18, ON_TRACK_TO_MEET_TARGET,
                Rag.GREEN));
        assertTrue(AssessmentConsistency.contradicts(Edition.QUARTERLY_2018_19, NOT_ON_TRACK_TO_MEET_TARGET,
                Rag.GREEN));
    }

    @Test
    void theAgreeingValuesOfEachEdition() {
        for (Edition e : new Edition[] {Edition.QUARTERLY_2017_18, Edition.QUARTERLY_2018_19}) {
            assertEquals(Set.of(ON_TRACK_TO_MEET_TARGET), AssessmentConsistency.consistentWith(e, Rag.GREEN));
            assertEquals(Set.of(NOT_ON_TRACK_TO_MEET_TARGET), AssessmentConsistency.consistentWith(e, Rag.AMBER));
            assertEquals(Set.of(NOT_ON_TRACK_TO_MEET_TARGET), AssessmentConsistency.consistentWith(e, Rag.RED));
        }
        Edition e = Edition.QUARTERLY_2016_17;
        assertEquals(Set.of(ON_TRACK_TO_MEET_TARGET), AssessmentConsistency.consistentWith(e, Rag.GREEN));
        Set<MetricAssessment> notMet = Set.of(ON_TRACK_FOR_IMPROVED_PERFORMANCE, NO_IMPROVEMENT_IN_PERFORMANCE);
        assertEquals(notMet, AssessmentConsistency.consistentWith(e, Rag.AMBER));
        assertEquals(notMet, AssessmentConsistency.consistentWith(e, Rag.RED));
        // Southend Q4 2016/17 reablement: "not to meet full target" at 75% against 86% ([002:2457-2458])
        assertFalse(AssessmentConsistency.contradicts(e, ON_TRACK_FOR_IMPROVED_PERFORMANCE,
                RagRating.rate(new BigDecimal("86"), new BigDecimal("75"), Direction.HIGHER_IS_BETTER)));
    }

    @Test
    void everyReturnEditionAndRatingHasAgreeingValuesFromItsOwnList() {
        for (Edition e : Edition.values()) {
            if (e.kind() != DocumentKind.QUARTERLY_RETURN) {
                continue;
            }
            for (Rag rag : Rag.values()) {
                Set<MetricAssessment> agreeing = AssessmentConsistency.consistentWith(e, rag);
                assertFalse(agreeing.isEmpty(), e + " " + rag);
                assertTrue(MetricAssessment.forEdition(e).containsAll(agreeing), e + " " + rag);
                for (MetricAssessment a : MetricAssessment.forEdition(e)) {
                    assertEquals(a.assessesProgress() && !agreeing.contains(a), AssessmentConsistency.contradicts(e, a, rag));
                    assertEquals(a.assessesProgress() && a.saysOnTrack() != (rag == Rag.GREEN),
                            AssessmentConsistency.contradicts(e, a, rag));
                }
                assertThrows(UnsupportedOperationException.class, () -> agreeing.add(ON_TRACK_TO_MEET_TARGET));
            }
        }
    }

    @Test
    void anAssessmentFromAnotherEditionOrAPlanIsRefused() {
        CalculationException other = assertThrows(CalculationException.class, () -> AssessmentConsistency
                .contradicts(Edition.QUARTERLY_2016_17, NOT_ON_TRACK_TO_MEET_TARGET, Rag.RED));
        assertEquals("assessment: \"Not on track to meet target\" is not in the 2016/17 quarterly return drop-down;"
                + " expected one of \"On track to meet target\", \"On track for improved performance, but not to meet"
                + " full target\", \"No improvement in performance\", \"Data not available to assess progress\"",
                other.getMessage());
        CalculationException plan = assertThrows(CalculationException.class,
                () -> AssessmentConsistency.consistentWith(Edition.PLAN_2014, Rag.GREEN));
        assertTrue(plan.getMessage().startsWith("edition:"), plan.getMessage());
        assertTrue(assertThrows(CalculationException.class,
                () -> AssessmentConsistency.consistentWith(Edition.QUARTERLY_2017_18, null)).getMessage()
                .startsWith("rag:"));
        assertTrue(assertThrows(CalculationException.class,
                () -> AssessmentConsistency.contradicts(Edition.QUARTERLY_2017_18, null, Rag.RED)).getMessage()
                .startsWith("assessment:"));
    }
}
