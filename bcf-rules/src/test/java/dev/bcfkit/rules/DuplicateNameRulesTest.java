package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.DistrictCouncil;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.DisabledFacilitiesGrant;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.rules.plan.PlanFixtures;
import dev.bcfkit.rules.pooled.PooledBudgetFixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The rules that judge duplicate names: PLAN-CCG-DUPLICATE, PLAN-SIGN-OFF-DUPLICATE and
 * DFG-DISTRICT-DUPLICATE. The golden documents have none; a name repeated with another
 * normalisation form, a NUL, a zero-width space, other capitals or a leading space is a duplicate,
 * reported once at the repeat with both names quoted.
 */
class DuplicateNameRulesTest {

    static Plan withCcgs(List<String> names) {
        PlanDetails d = PlanFixtures.golden().details();
        return PlanFixtures.withDetails(PlanFixtures.golden(), new PlanDetails(d.healthAndWellbeingBoard(),
                d.localAuthority(), names.stream().map(ClinicalCommissioningGroup::new).toList(),
                d.boundaryDifferences(), d.dateAgreedAtBoard(), d.dateSubmitted(), d.minimumPooledBudget(),
                d.agreedPooledBudget()));
    }

    static PooledBudget withDistricts(List<String> names) {
        Map<DistrictCouncil, Money> passed = new LinkedHashMap<>();
        names.forEach(n -> passed.put(new DistrictCouncil(n), Money.pounds(100_000)));
        return PooledBudgetFixtures.withGrants(PooledBudgetFixtures.nottinghamshire(), List.of(
                new DisabledFacilitiesGrant(PooledBudgetFixtures.Y2017_18, Money.pounds(100_000L * names.size()),
                        passed, false)));
    }

    @Test
    void theGoldenDocumentsHaveNoDuplicateNames() {
        assertEquals(List.of(), PlanFixtures.run("PLAN-CCG-DUPLICATE", PlanFixtures.golden()));
        assertEquals(List.of(), PlanFixtures.run("PLAN-SIGN-OFF-DUPLICATE", PlanFixtures.golden()));
        assertEquals(List.of(), PooledBudgetFixtures.run("DFG-DISTRICT-DUPLICATE", PooledBudgetFixtures.southend()));
        assertEquals(List.of(), PooledBudgetFixtures.run("DFG-DISTRICT-DUPLICATE",
                withDistricts(List.of("Mansfield District Council")))); // [001:19]
    }

    @Test
    void aCcgNamedTwiceIsReportedAtTheRepeat() {
        List<String> names = new ArrayList<>(PlanFixtures.golden().details().ccgs().stream()
                .map(ClinicalCommissioningGroup::name).toList());
        names.add(" bassetlaw\u200b");
        List<Finding> f = PlanFixtures.run("PLAN-CCG-DUPLICATE", withCcgs(names));
        assertEquals(1, f.size(), f::toString);
        assertEquals("/details/ccgs/6/name", f.get(0).path());
        assertEquals("Clinical Commissioning Group 7 ' bassetlaw\u200b' is the same as Clinical Commissioning Group 1"
                + " 'Bassetlaw' at /details/ccgs/0/name (names are compared as a person reads them)",
                f.get(0).message());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aSecondSignOffForTheSameCcgIsReported() {
        List<SignOff> s = new ArrayList<>(PlanFixtures.golden().signOffs());
        s.add(PlanFixtures.body(s.get(1), "MANSFIELD AND ASHFIELD\u0000"));
        List<Finding> f = PlanFixtures.run("PLAN-SIGN-OFF-DUPLICATE", PlanFixtures.withSignOffs(PlanFixtures.golden(), s));
        assertEquals(1, f.size(), f::toString);
        assertEquals("/signOffs/8/body", f.get(0).path());
        assertEquals("Sign-off 9 on behalf of the Clinical Commissioning Group 'MANSFIELD AND ASHFIELD\\u0000'"
                + " repeats sign-off 2 on behalf of the Clinical Commissioning Group 'Mansfield and Ashfield' at"
                + " /signOffs/1 (names are compared as a person reads them)", f.get(0).message());
    }

    @Test
    void aDistrictSpelledTwiceIsReportedAtTheRepeat() {
        List<Finding> f = PooledBudgetFixtures.run("DFG-DISTRICT-DUPLICATE",
                withDistricts(List.of("Mansfield District Council", "Mansfield\u200b District Council")));
        assertEquals(1, f.size(), f::toString);
        assertEquals("/disabledFacilitiesGrants/0/passedToDistricts/Mansfield\u200b District Council", f.get(0).path());
        assertEquals("The Disabled Facilities Grant for 2017/18 is passed to 'Mansfield\u200b District Council' and to"
                + " 'Mansfield District Council', the same district council as a person reads the names",
                f.get(0).message());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Property(tries = 200)
    void aNameRepeatedInDisguiseIsOneDuplicate(@ForAll("districts") List<String> distinct,
            @ForAll("disguises") String prefix, @ForAll("disguises") String suffix, @ForAll boolean upper) {
        String first = distinct.get(0);
        String disguised = prefix + (upper ? first.toUpperCase(java.util.Locale.ROOT) : first) + suffix;
        List<String> names = new ArrayList<>(distinct);
        assertEquals(List.of(), PooledBudgetFixtures.run("DFG-DISTRICT-DUPLICATE", withDistricts(names)));
        assertEquals(List.of(), PlanFixtures.run("PLAN-CCG-DUPLICATE", withCcgs(names)));
        if (disguised.equals(first)) {
            return;
        }
        names.add(disguised);
        List<Finding> districts = PooledBudgetFixtures.run("DFG-DISTRICT-DUPLICATE", withDistricts(names));
        assertEquals(1, districts.size(), districts::toString);
        List<Finding> ccgs = PlanFixtures.run("PLAN-CCG-DUPLICATE", withCcgs(names));
        assertEquals(1, ccgs.size(), ccgs::toString);
        assertEquals("/details/ccgs/" + (names.size() - 1) + "/name", ccgs.get(0).path());
    }

    @Provide
    Arbitrary<List<String>> districts() {
        return Arbitraries.of("Ashfield", "Bassetlaw", "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood",
                "Rushcliffe").list().ofMinSize(1).ofMaxSize(7).uniqueElements();
    }

    @Provide
    Arbitrary<String> disguises() {
        return Arbitraries.of(' ', '\u200b', '\u0000', '\ufeff', '\u2060').list().ofMaxSize(3)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }
}
