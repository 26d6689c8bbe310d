package dev.bcfkit.rules;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.plan.PlanFixtures;
import dev.bcfkit.rules.pooled.PooledBudgetFixtures;
import dev.bcfkit.rules.returns.ReturnEdits;
import dev.bcfkit.rules.returns.ReturnSamples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile patterns of issue 12, crafted at any size n from the golden documents: what an
 * attacker repeats to make the validator work hard or print without end.
 */
public final class Crafted {
    private static final char[] BLANKS = {' ', '\t', '\n', '\r'};
    private static final char[] INVISIBLE = {'\u200b', '\u0000'};

    private Crafted() {
    }

    /**
     * @param i a number, 0 or more
     * @param digits the characters to write it with
     * @return i written in the base of the number of digits, with a leading digit so that no two differ
     *     only by length
     */
    public static String spelled(int i, char[] digits) {
        StringBuilder b = new StringBuilder().append(digits[1]);
        int n = i;
        do {
            b.append(digits[n % digits.length]);
            n /= digits.length;
        } while (n > 0);
        return b.toString();
    }

    /**
     * @param n how many
     * @return Southend's pooled budget with one Disabled Facilities Grant passed to n districts whose names are
     *     all blank and all different
     */
    public static PooledBudget blankDistricts(int n) {
        Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            passed.put(new DistrictCouncil(spelled(i, BLANKS)), Money.pounds(1));
        }
        return grant(passed);
    }

    /**
     * @param n how many
     * @return Southend's pooled budget with one Disabled Facilities Grant passed to "Mansfield District Council"
     *     ({@code [001:19]}) n times, each spelled with different invisible characters
     */
    public static PooledBudget duplicateDistricts(int n) {
        Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            passed.put(new DistrictCouncil("Mansfield District Council" + spelled(i, INVISIBLE)), Money.pounds(1));
        }
        return grant(passed);
    }

    private static PooledBudget grant(Map<DistrictCouncil, Money> passed) {
        PooledBudget b = PooledBudgetFixtures.southend();
        return PooledBudgetFixtures.withGrants(b, List.of(new DisabledFacilitiesGrant(PooledBudgetFixtures.Y2017_18,
                Money.pounds(passed.size()), passed, false)));
    }

    /**
     * @param n how many
     * @return the golden plan naming n CCGs, with n CCG sign-offs for n other CCGs
     */
    public static Plan ccgsAgainstSignOffs(int n) {
        Plan g = PlanFixtures.golden();
        PlanDetails d = g.details();
        List<ClinicalCommissioningGroup> ccgs = new ArrayList<>();
        List<SignOff> signOffs = new ArrayList<>(g.signOffs().subList(6, g.signOffs().size()));
        SignOff template = g.signOffs().get(0);
        for (int i = 0; i < n; i++) {
            ccgs.add(new ClinicalCommissioningGroup("Named CCG " + i));
            signOffs.add(new SignOff(BodyType.CCG, "Signing CCG " + i, template.signedBy(), template.position(),
                    template.date()));
        }
        PlanDetails many = new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(), ccgs,
                d.boundaryDifferences(), d.dateAgreedAtBoard(), d.dateSubmitted(), d.minimumPooledBudget(),
                d.agreedPooledBudget());
        return PlanFixtures.withSignOffs(PlanFixtures.withDetails(g, many), signOffs);
    }

    /**
     * @param n how many
     * @return a complete 2016/17 Q1 return whose national conditions are n unanswered copies of its first row
     */
    public static QuarterlyReturn manyFindings(int n) {
        QuarterlyReturn r = ReturnSamples.complete2016(Quarter.Q1);
        ConditionResponse first = r.nationalConditions().get(0);
        ConditionResponse unanswered = new ConditionResponse(first.condition(), null, null, null,
                first.previousResponses());
        List<ConditionResponse> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(unanswered);
        }
        return ReturnEdits.conditions(r, rows);
    }
}
