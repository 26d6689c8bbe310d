package dev.bcfkit.rules.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.rules.Finding;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * The acute-sector answer quantifies when it holds a figure, whatever else it says; and a
 * narrative section is answered whenever its text has a character that is not white space.
 */
class PlanSectionRulesProperties {

    private static Plan acute(String text) {
        Plan g = PlanFixtures.golden();
        return new Plan(g.details(), g.signOffs(), g.providerEngagement(), g.publicEngagement(), g.relatedDocuments(),
                g.vision(), g.schemes(), g.socialCareProtection(), g.conditions(), g.risks(), g.aimsAndObjectives(),
                text, g.governance(), g.part2Completed());
    }

    @Property
    void anAnswerIsQuantifiedExactlyWhenItHoldsADigit(@ForAll @StringLength(max = 200) String text) {
        List<Finding> quantified = PlanFixtures.run("PLAN-ACUTE-IMPACT-QUANTIFIED", acute(text));
        List<Finding> described = PlanFixtures.run("PLAN-ACUTE-IMPACT-DESCRIBED", acute(text));
        boolean blank = text.isBlank();
        boolean digit = text.chars().anyMatch(Character::isDigit);
        assertEquals(blank ? 1 : 0, described.size(), text);
        assertEquals(!blank && !digit ? 1 : 0, quantified.size(), text);
    }

    @Property
    void aFigureAnywhereQuantifies(@ForAll @StringLength(max = 100) String before, @ForAll int figure,
            @ForAll @StringLength(max = 100) String after) {
        assertEquals(List.of(), PlanFixtures.run("PLAN-ACUTE-IMPACT-QUANTIFIED", acute(before + figure + after)));
    }
}
