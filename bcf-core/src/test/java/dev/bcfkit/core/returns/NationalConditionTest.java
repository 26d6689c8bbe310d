package dev.bcfkit.core.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each edition has its own list of national conditions with their exact wording. */
class NationalConditionTest {

    @Test
    void the2016To17ReturnHasEightConditionsInTwelveRows() {
        // [002:896-913]
        List<String> codes = NationalCondition.forEdition(Edition.QUARTERLY_2016_17).stream()
                .map(NationalCondition::code).collect(Collectors.toList());
        assertEquals(List.of("1", "2", "3i", "3ii", "4i", "4ii", "4iii", "4iv", "5", "6", "7", "8"), codes);
    }

    @Test
    void the2017To19ReturnsHaveFour() {
        // [000:196-199], [004:47-50]
        assertEquals(4, NationalCondition.forEdition(Edition.QUARTERLY_2017_18).size());
        assertEquals(NationalCondition.forEdition(Edition.QUARTERLY_2017_18),
                NationalCondition.forEdition(Edition.QUARTERLY_2018_19));
        assertEquals("4) Managing transfers of care?", NationalCondition.of(Edition.QUARTERLY_2018_19, "4").wording());
        assertTrue(NationalCondition.forEdition(Edition.PLAN_2014).isEmpty());
    }

    @Test
    void askingAnEditionForAConditionItDoesNotHaveIsAnError() {
        BcfException e = assertThrows(BcfException.class,
                () -> NationalCondition.of(Edition.QUARTERLY_2017_18, "8"));
        assertEquals("national condition: the 2017/18 quarterly return has no condition \"8\"; it has 1, 2, 3, 4",
                e.getMessage());
    }

    @Test
    void answersUseTheExactTemplateLabels() {
        assertEquals(ConditionAnswer.NO_IN_PROGRESS, ConditionAnswer.fromLabel("No - In Progress"));
        BcfException e = assertThrows(BcfException.class, () -> ConditionAnswer.fromLabel("No-In Progress"));
        assertEquals("condition answer: expected one of \"Yes\", \"No\", \"No - In Progress\", found "
                + "\"No-In Progress\"", e.getMessage());
        assertTrue(ConditionAnswer.NO.isNotMet());
        assertTrue(!ConditionAnswer.YES.isNotMet());
    }
}
