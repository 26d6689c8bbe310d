package dev.bcfkit.rules.plan;

import static dev.bcfkit.rules.plan.PlanFixtures.Y2014_15;
import static dev.bcfkit.rules.plan.PlanFixtures.Y2015_16;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the 2014 plan rules over generated figures, names and gaps.
 */
class PlanRulesProperties {

    @Property
    void agreedAtOrAboveTheMinimumNeverFiresAndBelowFiresWithTheShortfall(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long minimum,
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long d) {
        Plan p = PlanFixtures.editDetails(x -> PlanFixtures.budgets(x,
                PlanFixtures.put(x.minimumPooledBudget(), Y2014_15, Money.pounds(minimum)),
                PlanFixtures.put(x.agreedPooledBudget(), Y2014_15, Money.pounds(minimum + d))));
        List<Finding> f = PlanFixtures.run("PLAN-AGREED-COVERS-MINIMUM", p);
        if (d >= 0) {
            assertEquals(List.of(), f);
        } else {
            assertEquals(1, f.size());
            assertEquals("/details/agreedPooledBudget/2014~115", f.get(0).path());
            assertTrue(f.get(0).message().endsWith("by " + Money.pounds(-d).format()), f.get(0).message());
            assertEquals(Severity.ERROR, f.get(0).severity());
        }
    }

    @Property(tries = 500)
    void allocationsSummingToTheTotalNeverFireAndAnyDifferenceDoes(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 0, max = 10_000_000_000L) Long> amounts,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long d) {
        List<PlanningUnitAllocation> units = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            units.add(new PlanningUnitAllocation("Unit " + i, bothYears(amounts.get(i))));
        }
        long sum = amounts.stream().mapToLong(Long::longValue).sum();
        Plan p = PlanFixtures.withSocialCare(PlanFixtures.golden(),
                new SocialCareProtection("definition", "how", units, bothYears(sum + d), null));
        List<Finding> f = PlanFixtures.run("PSC-ALLOCATIONS-ADD-UP", p);
        if (d == 0) {
            assertEquals(List.of(), f);
        } else {
            assertEquals(List.of("/socialCareProtection/total/2014~115", "/socialCareProtection/total/2015~116"),
                    f.stream().map(Finding::path).toList());
            assertTrue(f.stream().allMatch(x -> x.message().endsWith("(difference " + Money.pounds(Math.abs(d)).format()
                    + ")")), f::toString);
        }
    }

    @Property(tries = 300)
    void aCcgSignOffMatchesWhateverItsCaseSpacingAndAffixes(@ForAll("names") List<String> ccgs) {
        Plan g = PlanFixtures.golden();
        PlanDetails d = g.details();
        PlanDetails renamed = new PlanDetails(d.healthAndWellbeingBoard(), d.localAuthority(),
                ccgs.stream().map(ClinicalCommissioningGroup::new).toList(), d.boundaryDifferences(),
                d.dateAgreedAtBoard(), d.dateSubmitted(), d.minimumPooledBudget(), d.agreedPooledBudget());
        List<SignOff> signOffs = new ArrayList<>(g.signOffs().subList(6, 8)); // council and board
        for (String name : ccgs) {
            signOffs.add(new SignOff(BodyType.CCG, "NHS " + name.toUpperCase(Locale.ROOT).replace(" ", "  ")
                    + " Clinical Commissioning Group", "Signatory", "Chief Officer", LocalDate.of(2014, 3, 21)));
        }
        Plan p = PlanFixtures.withSignOffs(PlanFixtures.withDetails(g, renamed), signOffs);
        assertEquals(List.of(), PlanFixtures.run("PLAN-CCG-SIGN-OFF", p));
        assertEquals(List.of(), PlanFixtures.run("PLAN-SIGN-OFF-UNKNOWN-CCG", p));

        List<SignOff> oneMissing = new ArrayList<>(signOffs);
        oneMissing.remove(oneMissing.size() - 1);
        List<Finding> f = PlanFixtures.run("PLAN-CCG-SIGN-OFF", PlanFixtures.withSignOffs(p, oneMissing));
        assertEquals(List.of("/details/ccgs/" + (ccgs.size() - 1)), f.stream().map(Finding::path).toList());
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)
                .list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
        return name.list().ofMinSize(1).ofMaxSize(8)
                .filter(list -> list.stream().map(n -> n.replace(" ", "")).collect(Collectors.toSet()).size()
                        == list.size())
                .filter(list -> list.stream().noneMatch(n -> n.endsWith(" ccg") || n.startsWith("nhs ")
                        || n.equals("ccg") || n.equals("nhs")));
    }

    @Property
    void proportionsFromZeroToHundredNeverWarn(
            @ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal highRisk,
            @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal jointCarePlan) {
        Plan p = PlanFixtures.editJointAssessment(j -> PlanFixtures.proportions(j, highRisk, jointCarePlan));
        assertEquals(List.of(), PlanFixtures.run("PLAN-JOINT-ASSESSMENT-PROPORTIONS", p));
    }

    @Property
    void proportionsAboveHundredWarnOnce(
            @ForAll @BigRange(min = "100", max = "100000", minIncluded = false) @Scale(2) BigDecimal highRisk) {
        Plan p = PlanFixtures.editJointAssessment(j -> PlanFixtures.proportions(j, highRisk,
                BigDecimal.TEN));
        List<Finding> f = PlanFixtures.run("PLAN-JOINT-ASSESSMENT-PROPORTIONS", p);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().endsWith(highRisk + "%, outside 0 to 100%"), f.get(0).message());
    }

    @Property(tries = 200)
    void rulesNeverThrowOnAPlanWithSectionsKnockedOut(@ForAll @Size(10) List<Boolean> knockOut) {
        Plan g = PlanFixtures.golden();
        PlanDetails d = g.details();
        PlanDetails details = knockOut.get(0) ? null : new PlanDetails(d.healthAndWellbeingBoard(),
                knockOut.get(1) ? null : d.localAuthority(), knockOut.get(2) ? List.of() : d.ccgs(), null,
                knockOut.get(3) ? null : d.dateAgreedAtBoard(), d.dateSubmitted(),
                knockOut.get(4) ? new TreeMap<>() : d.minimumPooledBudget(), d.agreedPooledBudget());
        SocialCareProtection s = g.socialCareProtection();
        SocialCareProtection social = knockOut.get(5) ? null : new SocialCareProtection(null, null,
                knockOut.get(6) ? List.of() : s.allocations(), knockOut.get(7) ? new TreeMap<>() : s.total(), null);
        PlanConditions conditions = knockOut.get(8) ? null
                : new PlanConditions(null, null, new PlanConditions.JointAssessment(null, null, null, null));
        Plan p = new Plan(details, knockOut.get(9) ? List.of() : g.signOffs(), null, null, List.of(), null, List.of(),
                social, conditions, knockOut.get(9) ? List.of() : g.risks());
        List<Finding> f = PlanFixtures.runAll(p);
        Set<String> ids = PlanRules.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertTrue(f.stream().allMatch(x -> ids.contains(x.ruleId()) && x.path().startsWith("/")
                && !x.message().isBlank()), f::toString);
    }

    private static SortedMap<FinancialYear, Money> bothYears(long amount) {
        SortedMap<FinancialYear, Money> m = new TreeMap<>();
        m.put(Y2014_15, Money.pounds(amount));
        m.put(Y2015_16, Money.pounds(amount));
        return m;
    }
}
