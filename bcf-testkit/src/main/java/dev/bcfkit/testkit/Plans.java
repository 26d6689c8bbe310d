package dev.bcfkit.testkit;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.HealthAndWellbeingBoard;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.plan.BodyType;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PlanDetails;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.RelatedDocument;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.RiskLevel;
import dev.bcfkit.core.plan.Scheme;
import dev.bcfkit.core.plan.SignOff;
import dev.bcfkit.core.plan.SocialCareProtection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid 2014 plans, template Part 1 ({@code [003]}): one to eight CCGs; an agreed pooled budget
 * at or above the minimum in 2014/15 and 2015/16 ({@code [003:20-23]}); agreed at the board on or
 * before the date submitted; a sign-off for every CCG, the council and the board's chair, none
 * dated after the board agreed the plan (one person may sign for several CCGs, {@code [003:33]});
 * protecting-social-care allocations above zero per planning unit that add up to the stated total
 * ({@code [003:615-620]}) and Care Bill funding that adds up ({@code [003:626]}); joint-assessment
 * proportions of 0 to 100; and fully rated risks ({@code [003:681-718]}).
 */
final class Plans {
    /** 2014/15. */
    static final FinancialYear Y2014 = FinancialYear.of(2014);
    /** 2015/16. */
    static final FinancialYear Y2015 = FinancialYear.of(2015);

    private Plans() {
    }

    /**
     * Who signs, independent of how many CCGs there are: eight CCG signatories (names repeat, so
     * one person often signs for several), the council's and the chair's, and how many days
     * before the board's agreement each signed.
     *
     * @param names signatory names, CCGs first, then the council, then the chair
     * @param positions positions in the same order
     * @param daysBefore days before the board's agreement, in the same order
     */
    record Signatories(List<String> names, List<String> positions, List<Integer> daysBefore) {
    }

    private static final int SIGNATORIES = 10;

    /** @return signatories for up to eight CCGs, the council and the chair */
    static Arbitrary<Signatories> signatories() {
        return Combinators.combine(Texts.personNames().list().ofSize(SIGNATORIES),
                Texts.positions().list().ofSize(SIGNATORIES),
                Arbitraries.integers().between(0, 30).list().ofSize(SIGNATORIES)).as(Signatories::new);
    }

    /** @return valid plan details */
    static Arbitrary<PlanDetails> details() {
        Arbitrary<LocalDate> agreed = Dates.between(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 9, 19));
        Arbitrary<List<Long>> minimums = Arbitraries.longs().between(10_000, 100_000_000).list().ofSize(2);
        Arbitrary<List<Long>> extras = Arbitraries.longs().between(0, 50_000_000).list().ofSize(2);
        return Combinators.combine(Boards.boards(), Boards.localAuthorities(),
                Boards.ccgs().list().ofMinSize(1).ofMaxSize(8).uniqueElements(c -> Boards.key(c.name())),
                Texts.upTo(2_000).injectNull(0.5), agreed, Arbitraries.integers().between(0, 60), minimums, extras)
                .as((board, la, ccgs, boundary, date, days, min, extra) -> new PlanDetails(board, la, ccgs, boundary,
                        date, date.plusDays(days), years(min.get(0), min.get(1)),
                        years(min.get(0) + extra.get(0), min.get(1) + extra.get(1))));
    }

    private static SortedMap<FinancialYear, Money> years(long first, long second) {
        SortedMap<FinancialYear, Money> m = new TreeMap<>();
        m.put(Y2014, Money.pounds(first));
        m.put(Y2015, Money.pounds(second));
        return m;
    }

    /**
     * @param details the plan details
     * @param who the signatories
     * @return a sign-off for every CCG, the council and the board's chair
     */
    static List<SignOff> signOffs(PlanDetails details, Signatories who) {
        List<SignOff> signOffs = new ArrayList<>();
        LocalDate agreed = details.dateAgreedAtBoard();
        List<ClinicalCommissioningGroup> ccgs = details.ccgs();
        for (int i = 0; i < ccgs.size(); i++) {
            signOffs.add(new SignOff(BodyType.CCG, ccgs.get(i).name(), who.names().get(i), who.positions().get(i),
                    agreed.minusDays(who.daysBefore().get(i))));
        }
        LocalAuthority council = details.localAuthority();
        signOffs.add(new SignOff(BodyType.COUNCIL, council.name(), who.names().get(8), who.positions().get(8),
                agreed.minusDays(who.daysBefore().get(8))));
        HealthAndWellbeingBoard board = details.healthAndWellbeingBoard();
        signOffs.add(new SignOff(BodyType.HEALTH_AND_WELLBEING_BOARD, board.name(), who.names().get(9), null,
                agreed.minusDays(who.daysBefore().get(9))));
        return signOffs;
    }

    /** @return protecting-social-care sections whose allocations and Care Bill funding add up */
    static Arbitrary<SocialCareProtection> socialCare() {
        Arbitrary<PlanningUnitAllocation> unit = Combinators.combine(Arbitraries.oneOf(
                Arbitraries.of("North Nottinghamshire", "Mid Nottinghamshire", "South Nottinghamshire"),
                Texts.nonBlank(60)), Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.longs().between(1, 10_000_000))
                .as((name, first, second) -> new PlanningUnitAllocation(name, years(first, second)));
        Arbitrary<SocialCareProtection.CareBillFunding> careBill = Combinators.combine(
                Amounts.wholePounds(0, 5_000_000), Amounts.wholePounds(0, 5_000_000))
                .as((revenue, capital) -> new SocialCareProtection.CareBillFunding(revenue, capital,
                        revenue.plus(capital)));
        return Combinators.combine(Texts.upTo(2_000), Texts.upTo(2_000),
                unit.list().ofMinSize(1).ofMaxSize(4).uniqueElements(PlanningUnitAllocation::planningUnit), careBill)
                .as((definition, how, units, bill) -> new SocialCareProtection(definition, how, units,
                        totals(units), bill));
    }

    /**
     * @param units the planning units' allocations
     * @return the total per year
     */
    static SortedMap<FinancialYear, Money> totals(List<PlanningUnitAllocation> units) {
        SortedMap<FinancialYear, Money> total = new TreeMap<>();
        for (PlanningUnitAllocation u : units) {
            for (Map.Entry<FinancialYear, Money> e : u.amounts().entrySet()) {
                total.merge(e.getKey(), e.getValue(), Money::plus);
            }
        }
        return total;
    }

    /** @return conditions b) to d) answered, with proportions of 0 to 100 */
    static Arbitrary<PlanConditions> conditions() {
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(1);
        Arbitrary<PlanConditions.DataSharing> sharing = Combinators.combine(Texts.upTo(500), Texts.nonBlank(500),
                Texts.upTo(500), Texts.upTo(500), Arbitraries.of(YesNo.class).injectNull(0.2), Texts.nonBlank(40))
                .as(PlanConditions.DataSharing::new);
        Arbitrary<PlanConditions.JointAssessment> joint = Combinators.combine(Texts.upTo(2_000), Texts.upTo(500),
                percent, percent).as(PlanConditions.JointAssessment::new);
        return Combinators.combine(Texts.upTo(2_000), sharing, joint).as(PlanConditions::new);
    }

    /** @return fully rated risks */
    static Arbitrary<Risk> risks() {
        return Combinators.combine(Texts.nonBlank(60), Texts.upTo(1_000), Arbitraries.of(RiskLevel.class),
                Arbitraries.of(RiskLevel.class), Texts.upTo(1_000)).as(Risk::new);
    }

    /** @return schemes with their success factors */
    static Arbitrary<Scheme> schemes() {
        return Combinators.combine(Texts.nonBlank(100), Texts.upTo(500).list().ofMaxSize(4),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.2)).as(Scheme::new);
    }

    /** @return related documents */
    static Arbitrary<RelatedDocument> documents() {
        return Combinators.combine(Arbitraries.integers().between(1, 20).map(n -> String.format("%02d", n)),
                Texts.nonBlank(100), Texts.upTo(500)).as(RelatedDocument::new);
    }

    /**
     * The parts of a plan besides the details and sign-offs.
     *
     * @param provider provider engagement
     * @param publicEngagement public engagement
     * @param documents related documents
     * @param vision the vision
     * @param schemes the schemes
     */
    private record Narrative(String provider, String publicEngagement, List<RelatedDocument> documents, String vision,
            List<Scheme> schemes) {
    }

    /**
     * The sections of a plan added to the model later: aims and objectives, the acute sector,
     * governance, and whether Part 2 was completed (yes, or not said: "No" is an ERROR, [003:5]).
     *
     * @param aims aims and objectives
     * @param acute the implications for the acute sector
     * @param governance governance
     * @param part2 whether Part 2 was completed
     */
    private record Delivery(String aims, String acute, String governance, YesNo part2) {
    }

    /** @return valid plans */
    static Arbitrary<Plan> plans() {
        Arbitrary<Delivery> delivery = Combinators.combine(Texts.upTo(5_000), Texts.upTo(5_000), Texts.upTo(5_000),
                Arbitraries.just(YesNo.YES).injectNull(0.2)).as(Delivery::new);
        Arbitrary<Narrative> narrative = Combinators.combine(Texts.upTo(5_000), Texts.upTo(5_000),
                documents().list().ofMaxSize(3), Texts.upTo(5_000), schemes().list().ofMinSize(1).ofMaxSize(6))
                .as(Narrative::new);
        return Combinators.combine(details(), signatories(), narrative, socialCare(), conditions(),
                risks().list().ofMinSize(1).ofMaxSize(6), delivery)
                .as((details, who, n, care, conditions, risks, d) -> new Plan(details, signOffs(details, who),
                        n.provider(), n.publicEngagement(), n.documents(), n.vision(), n.schemes(), care, conditions,
                        risks, d.aims(), d.acute(), d.governance(), d.part2()));
    }
}
