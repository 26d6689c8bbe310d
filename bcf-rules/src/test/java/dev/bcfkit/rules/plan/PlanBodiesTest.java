package dev.bcfkit.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.SignOff;
import org.junit.jupiter.api.Test;

/**
 * How the 2014 template's sign-off blocks are named in messages ({@code [003:27-64]} "Signed on
 * behalf of") and when two body names are the same body: case, "&amp;", hyphens, "NHS" and "CCG"
 * aside, and never when either name is blank.
 */
class PlanBodiesTest {

    @Test
    void eachBlockIsSignedOnBehalfOfItsBody() {
        assertEquals("the Clinical Commissioning Group", PlanBodies.onBehalfOf(BodyType.CCG));
        assertEquals("the Council", PlanBodies.onBehalfOf(BodyType.COUNCIL));
        assertEquals("the Health and Wellbeing Board", PlanBodies.onBehalfOf(BodyType.HEALTH_AND_WELLBEING_BOARD));
        assertEquals("an unstated body", PlanBodies.onBehalfOf(null));
        assertEquals("the Council 'Nottinghamshire County Council'",
                PlanBodies.describe(new SignOff(BodyType.COUNCIL, "Nottinghamshire County Council", null, null, null)));
        assertEquals("an unstated body (body not named)",
                PlanBodies.describe(new SignOff(null, " ", null, null, null)));
    }

    @Test
    void namesMatchAsideFromCaseAffixesAndPunctuation() {
        assertTrue(PlanBodies.same("NHS Mansfield & Ashfield CCG", "mansfield and ashfield Clinical Commissioning Group"));
        assertTrue(PlanBodies.same("Nottinghamshire Health and Well-Being Board", "nottinghamshire health and wellbeing board"));
        assertFalse(PlanBodies.same("Nottingham West", "Nottingham North and East"));
    }

    @Test
    void aBlankNameMatchesNothingNotEvenAnotherBlank() {
        assertFalse(PlanBodies.same(" ", " "));
        assertFalse(PlanBodies.same(null, null));
        assertFalse(PlanBodies.same("Rushcliffe", ""));
        assertFalse(PlanBodies.same("", "Rushcliffe"));
    }
}
