package dev.bcfkit.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The templates' drop-downs are closed lists with exact labels. */
class ClosedListsTest {

    @Test
    void maturityLevelsAreOrderedAsTheLgaModel() {
        // [002:2827]: Not yet established < Plans in place < Established < Mature < Exemplary
        assertEquals(List.of("Not yet established", "Plans in place", "Established", "Mature", "Exemplary"),
                Arrays.stream(MaturityLevel.values()).map(MaturityLevel::label).toList());
        assertTrue(MaturityLevel.PLANS_IN_PLACE.compareTo(MaturityLevel.ESTABLISHED) < 0);
        assertTrue(MaturityLevel.MATURE.requiresRationale());
        assertTrue(MaturityLevel.EXEMPLARY.requiresRationale());
        assertFalse(MaturityLevel.ESTABLISHED.requiresRationale());
        assertThrows(BcfException.class, () -> MaturityLevel.fromLabel("plans in place"));
    }

    @Test
    void assessmentsArePerEdition() {
        assertEquals(List.of(MetricAssessment.ON_TRACK_TO_MEET_TARGET, MetricAssessment.NOT_ON_TRACK_TO_MEET_TARGET),
                MetricAssessment.forEdition(Edition.QUARTERLY_2017_18));
        // [002:1261]: the 2016/17 drop-down has an option for data not yet available
        assertEquals(List.of(MetricAssessment.ON_TRACK_TO_MEET_TARGET,
                MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE, MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE,
                MetricAssessment.DATA_NOT_AVAILABLE),
                MetricAssessment.forEdition(Edition.QUARTERLY_2016_17));
        assertEquals(MetricAssessment.DATA_NOT_AVAILABLE,
                MetricAssessment.fromLabel("Data not available to assess progress"));
        assertFalse(MetricAssessment.DATA_NOT_AVAILABLE.assessesProgress());
        assertFalse(MetricAssessment.DATA_NOT_AVAILABLE.saysOnTrack());
        assertTrue(MetricAssessment.NO_IMPROVEMENT_IN_PERFORMANCE.assessesProgress());
        assertEquals(MetricAssessment.ON_TRACK_FOR_IMPROVED_PERFORMANCE, MetricAssessment.fromLabel(
                "On track for improved performance, but not to meet full target")); // [002:2457]
        assertThrows(BcfException.class, () -> MetricAssessment.fromLabel("On track"));
    }

    @Test
    void highImpactChangesAreTheEightOfTheModel() {
        assertEquals(8, HighImpactChange.values().length);
        assertEquals(4, HighImpactChange.HOME_FIRST_DISCHARGE_TO_ASSESS.number());
        assertEquals(HighImpactChange.SEVEN_DAY_SERVICE, HighImpactChange.fromLabel("Seven-day service"));
    }

    @Test
    void feedbackCategoriesAndCareSettingsUseTheirLabels() {
        assertEquals(FeedbackCategory.MANAGING_CHANGE, FeedbackCategory.fromLabel("10. Managing change"));
        assertEquals(11, FeedbackCategory.values().length);
        assertEquals(CareSetting.SOCIAL_CARE, CareSetting.fromLabel("Social Care"));
        assertEquals(6, CareSetting.values().length);
    }
}
