package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.CitedSeed.plain;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.ClinicalCommissioningGroup;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.LocalAuthority;
import dev.bcfkit.core.Money;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Nottinghamshire 2014 plan fixture holds every field of seed 003, and every transcribed
 * string and figure is on the line it cites.
 */
class NottinghamshirePlanTest {
    private static final CitedSeed SEED = CitedSeed.read(CitedSeed.NOTTINGHAMSHIRE_PLAN);
    private static final FinancialYear Y2014_15 = FinancialYear.of(2014);
    private static final FinancialYear Y2015_16 = FinancialYear.of(2015);

    private final Plan plan = NottinghamshirePlan.plan2014();

    @Test
    void summaryOfPlanIsSection1a() {
        PlanDetails details = plan.details();
        assertEquals(Edition.PLAN_2014, plan.edition());
        assertEquals("Nottinghamshire", details.healthAndWellbeingBoard().name());
        assertNull(details.healthAndWellbeingBoard().onsCode(), "the seeds give no ONS code");
        assertEquals(new LocalAuthority(SEED.cell(15, 1), LocalAuthority.Tier.UPPER_TIER), details.localAuthority());
        assertEquals(SEED.cell(17, 1), details.boundaryDifferences());
        assertEquals(LocalDate.of(2014, 4, 2), details.dateAgreedAtBoard());
        assertEquals(CitedSeed.date(SEED.cell(18, 1)), details.dateAgreedAtBoard());
        assertEquals(LocalDate.of(2014, 4, 4), details.dateSubmitted());
        assertEquals(CitedSeed.date(SEED.cell(19, 1)), details.dateSubmitted());
    }

    @Test
    void theSixCcgsAreSplitAsTheSignOffBlocksNameThemNeverOnSpaces() {
        List<String> names = plan.details().ccgs().stream().map(ClinicalCommissioningGroup::name)
                .collect(Collectors.toList());
        assertEquals(List.of("Bassetlaw", "Mansfield and Ashfield", "Newark and Sherwood",
                "Nottingham North and East", "Nottingham West", "Rushcliffe"), names);
        // [003:16] prints them run together, in the same order
        assertEquals(SEED.cell(16, 1), String.join(" ", names));
        // and each is the body of one CCG sign-off block [003:27-52]
        assertEquals(names, List.of(SEED.cell(27, 1), SEED.cell(32, 1), SEED.cell(37, 1), SEED.cell(42, 1),
                SEED.cell(47, 1), SEED.cell(52, 1)));
    }

    @Test
    void pooledBudgetsPerYearAreAsStated() {
        PlanDetails details = plan.details();
        assertEquals(Map.of(Y2014_15, Money.pounds(16_100_000L), Y2015_16, Money.pounds(54_905_000L)),
                details.minimumPooledBudget());
        assertEquals(Map.of(Y2014_15, Money.pounds(33_971_484L), Y2015_16, Money.pounds(59_464_000L)),
                details.agreedPooledBudget());
        assertAll(
                () -> assertTrue(SEED.cell(20, 0).endsWith("2014/15")),
                () -> assertEquals(CitedSeed.pounds(SEED.cell(20, 1)), details.minimumPooledBudget().get(Y2014_15)),
                () -> assertEquals("2015/16", SEED.cell(21, 0)),
                () -> assertEquals(CitedSeed.pounds(SEED.cell(21, 1)), details.minimumPooledBudget().get(Y2015_16)),
                () -> assertTrue(SEED.cell(22, 0).endsWith("2014/15")),
                () -> assertEquals(CitedSeed.pounds(SEED.cell(22, 1)), details.agreedPooledBudget().get(Y2014_15)),
                () -> assertEquals("2015/16", SEED.cell(23, 0)),
                () -> assertEquals(CitedSeed.pounds(SEED.cell(23, 1)), details.agreedPooledBudget().get(Y2015_16)));
        // the golden comparison [003:20-23]: agreed >= minimum, each year
        assertEquals(Money.pounds(17_871_484L),
                details.agreedPooledBudget().get(Y2014_15).minus(details.minimumPooledBudget().get(Y2014_15)));
        assertEquals(Money.pounds(4_559_000L),
                details.agreedPooledBudget().get(Y2015_16).minus(details.minimumPooledBudget().get(Y2015_16)));
    }

    @Test
    void eightSignOffsOneBlockEach() {
        List<SignOff> signOffs = plan.signOffs();
        assertEquals(8, signOffs.size());
        int[] blocks = {27, 32, 37, 42, 47, 52, 57};
        for (int i = 0; i < blocks.length; i++) {
            int at = blocks[i];
            SignOff s = signOffs.get(i);
            assertEquals(i < 6 ? BodyType.CCG : BodyType.COUNCIL, s.bodyType());
            assertEquals(i < 6 ? "Signed on behalf of the Clinical Commissioning Group" : "Signed on behalf of the Council",
                    SEED.cell(at, 0));
            assertEquals(SEED.cell(at, 1), s.body(), "body at [003:" + at + "]");
            assertEquals("By", SEED.cell(at + 1, 0));
            assertEquals(SEED.cell(at + 1, 1), s.signedBy());
            assertEquals("Position", SEED.cell(at + 2, 0));
            assertEquals(SEED.cell(at + 2, 1), s.position());
            assertEquals(CitedSeed.date(SEED.cell(at + 3, 1)), s.date());
            assertEquals(LocalDate.of(2014, 3, 21), s.date());
        }
        SignOff board = signOffs.get(7);
        assertEquals(BodyType.HEALTH_AND_WELLBEING_BOARD, board.bodyType());
        assertEquals(SEED.cell(62, 1), board.body());
        assertEquals("By Chair of Health and Wellbeing Board", SEED.cell(63, 0));
        assertEquals("Joyce Bosnjak", board.signedBy());
        assertEquals(SEED.cell(63, 1), board.signedBy());
        assertNull(board.position(), "the board's block has no position row [003:62-64]");
        assertEquals(plan.details().dateAgreedAtBoard(), board.date());
        assertEquals(CitedSeed.date(SEED.cell(64, 1)), board.date());
    }

    @Test
    void amandaSullivanSignsForTwoCcgs() {
        List<String> bodies = plan.signOffs().stream().filter(s -> "Amanda Sullivan".equals(s.signedBy()))
                .map(SignOff::body).collect(Collectors.toList());
        assertEquals(List.of("Mansfield and Ashfield", "Newark and Sherwood"), bodies);
        Map<BodyType, Long> byType = plan.signOffs().stream()
                .collect(Collectors.groupingBy(SignOff::bodyType, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(BodyType.CCG, 6L, BodyType.COUNCIL, 1L, BodyType.HEALTH_AND_WELLBEING_BOARD, 1L), byType);
        // every CCG of the plan has its own sign-off
        for (ClinicalCommissioningGroup ccg : plan.details().ccgs()) {
            assertEquals(1, plan.signOffs().stream()
                    .filter(s -> s.bodyType() == BodyType.CCG && s.body().equals(ccg.name())).count(), ccg.name());
        }
    }

    @Test
    void engagementAndVisionAreTheSeedsWords() {
        assertEquals(plain(SEED.lines(70, 93)), plain(plan.providerEngagement()));
        assertEquals(plain(SEED.lines(99, 119)), plain(plan.publicEngagement()));
        assertEquals(plain(SEED.lines(142, 168)), plain(plan.vision()));
        assertEquals(15, plan.providerEngagement().split("\n").length, "six paragraphs and nine bullets");
        assertTrue(plan.providerEngagement().contains("- The Strategy and Implementation Group for Nottinghamshire "
                + "South (SIGNS) with a focus on Frail Elderly – a group of commissioners and providers to set the "
                + "strategy for frail older people"), "the bullet broken over [003:87] and [003:89] is re-joined");
        assertTrue(plan.publicEngagement().contains("from all 12 organisations involved"), "[003:115] + [003:117]");
        assertTrue(plan.vision().startsWith("The overall vision is that people living in Nottinghamshire"));
    }

    @Test
    void sixRelatedDocuments() {
        List<RelatedDocument> documents = plan.relatedDocuments();
        assertEquals(6, documents.size());
        for (int i = 0; i < documents.size(); i++) {
            RelatedDocument d = documents.get(i);
            int at = 126 + i;
            assertEquals(String.format("%02d", i + 1), d.number());
            assertEquals(SEED.cell(at, 0), d.number() + ": " + d.title(), "[003:" + at + "]");
            assertEquals(SEED.cell(at, 1), d.synopsis(), "[003:" + at + "]");
        }
        assertEquals("7 Day Services Mapping and Aspirations", documents.get(1).title());
    }

    @Test
    void sixThemesWithTheirSuccessFactorsAndTheOtherSchemesOutsideThePool() {
        List<Scheme> schemes = plan.schemes();
        assertEquals(7, schemes.size());
        int[] headings = {245, 258, 276, 289, 303, 316};
        int[][] factorLines = {
            {251, 252, 253, 254, 255, 256},
            {264, 265, 266, 267, 269, 270, 271, 272, 273, 274},
            {282, 283, 284, 285, 286, 287},
            {295, 296, 297, 298, 299, 300, 301},
            {311, 312, 313, 314},
            {322, 323, 324, 325, 326}};
        for (int t = 0; t < headings.length; t++) {
            Scheme theme = schemes.get(t);
            assertEquals(SEED.line(headings[t]), theme.name());
            assertEquals(Boolean.TRUE, theme.inPooledBudget(), theme.name());
            assertEquals(factorLines[t].length, theme.successFactors().size(), theme.name());
            for (int f = 0; f < factorLines[t].length; f++) {
                assertEquals(SEED.line(factorLines[t][f]), "- " + theme.successFactors().get(f));
            }
        }
        assertEquals(List.of(6, 10, 6, 7, 4, 5), schemes.subList(0, 6).stream()
                .map(s -> s.successFactors().size()).collect(Collectors.toList()));
        Scheme other = schemes.get(6);
        assertEquals(SEED.line(330), other.name());
        assertEquals(Boolean.FALSE, other.inPooledBudget());
        assertTrue(other.successFactors().isEmpty(), "the seed lists no success factors for them");
        assertTrue(SEED.line(332).contains("not currently included in the pooled BCF arrangements"));
        assertTrue(SEED.line(243).contains("six themes"));
    }

    @Test
    void protectingSocialCareAllocationsSumToTheCountywideTotal() {
        SocialCareProtection protection = plan.socialCareProtection();
        List<PlanningUnitAllocation> allocations = protection.allocations();
        assertEquals(3, allocations.size());
        long[] amounts = {2_227_000L, 6_245_000L, 7_645_000L};
        for (int i = 0; i < 3; i++) {
            int at = 617 + i;
            PlanningUnitAllocation a = allocations.get(i);
            assertEquals(SEED.cell(at, 0), a.planningUnit());
            assertEquals(Map.of(Y2014_15, Money.pounds(amounts[i]), Y2015_16, Money.pounds(amounts[i])), a.amounts());
            assertEquals(CitedSeed.pounds(SEED.cell(at, 1)), a.amounts().get(Y2014_15));
            assertEquals(CitedSeed.pounds(SEED.cell(at, 2)), a.amounts().get(Y2015_16));
        }
        assertEquals("2014/15\t2015/16", SEED.line(616).trim());
        for (FinancialYear year : List.of(Y2014_15, Y2015_16)) {
            Money sum = Money.sum(allocations.stream().map(a -> a.amounts().get(year)).collect(Collectors.toList()));
            assertEquals(Money.pounds(16_117_000L), sum);
            assertEquals(sum, protection.total().get(year));
        }
        assertEquals("Countywide Total", SEED.cell(620, 0));
        assertEquals(CitedSeed.pounds(SEED.cell(620, 1)), protection.total().get(Y2014_15));
        assertEquals(CitedSeed.pounds(SEED.cell(620, 2)), protection.total().get(Y2015_16));
    }

    @Test
    void careBillFundingAddsUp() {
        SocialCareProtection.CareBillFunding careBill = plan.socialCareProtection().careBill();
        assertEquals(Money.pounds(1_946_000L), careBill.revenue());
        assertEquals(Money.pounds(735_000L), careBill.capital());
        assertEquals(Money.pounds(2_681_000L), careBill.statedTotal());
        assertEquals(careBill.statedTotal(), careBill.revenue().plus(careBill.capital()));
        String line = SEED.line(626);
        assertTrue(line.contains("this amounts to " + careBill.revenue().format() + ", with an additional "
                + careBill.capital().format() + " capital investment funding"));
        assertTrue(line.contains("grand total for Nottinghamshire of " + careBill.statedTotal().format()));
    }

    @Test
    void protectingSocialCareNarrativesAreTheSeedsWords() {
        SocialCareProtection protection = plan.socialCareProtection();
        assertEquals(plain(SEED.lines(596, 600)), plain(protection.localDefinition()));
        assertEquals(plain(SEED.lines(604, 613) + " " + SEED.lines(622, 626)), plain(protection.howProtected()));
        assertTrue(protection.localDefinition().startsWith("In Nottinghamshire, eligibility is set at Critical and "
                + "Substantial."));
        assertFalse(protection.howProtected().contains("£2,227,000"), "the table is structured, not in the text");
    }

    @Test
    void conditionsBToDAreTheSeedsWordsAndTheProportionsAreBlank() {
        PlanConditions conditions = plan.conditions();
        assertEquals(plain(SEED.lines(632, 645)), plain(conditions.sevenDayServices()));
        assertTrue(conditions.sevenDayServices().contains("in the attached document 03."),
                "Markdown link markup dropped [003:643]");
        PlanConditions.DataSharing sharing = conditions.dataSharing();
        assertEquals(SEED.line(651), sharing.nhsNumberAsPrimaryIdentifier());
        assertEquals(SEED.line(655), sharing.nhsNumberCommitment());
        assertEquals(SEED.line(659), sharing.openApis());
        assertEquals(SEED.line(663), sharing.informationGovernance());
        PlanConditions.JointAssessment joint = conditions.jointAssessment();
        assertEquals(plain(SEED.lines(669, 679)), plain(joint.answer()));
        assertEquals("Combined Predictive Model tool", joint.riskStratification());
        assertTrue(SEED.line(671).contains("using a " + joint.riskStratification() + ", "));
        assertNull(joint.percentAdultsAtHighRisk(), "[003:667] asks for it; [003:669-679] does not give it");
        assertNull(joint.percentAtRiskWithJointCarePlan(), "[003:667] asks for it; [003:669-679] does not give it");
        assertTrue(SEED.line(667).contains("what proportion of the adult population are identified as at high risk"));
    }

    /** The physical lines of each risk row; two-line rows were broken by the rendering. */
    private static final int[][] RISK_LINES = {
        {689}, {690}, {691}, {692}, {693, 695}, {696},
        {698}, {699}, {700}, {701}, {702}, {703},
        {705}, {706, 708}, {709}, {710}, {711}, {712}, {713}, {714, 716}, {717}, {718}};

    private static final Pattern RATING =
            Pattern.compile("(HIGH|MEDIUM|LOW) impact (HIGH|MEDIUM|LOW) likelihood", Pattern.CASE_INSENSITIVE);

    @Test
    void twentyTwoRisksEachAsTheRegisterPrintsIt() {
        List<Risk> risks = plan.risks();
        assertEquals(22, risks.size());
        for (int i = 0; i < risks.size(); i++) {
            Risk r = risks.get(i);
            int[] at = RISK_LINES[i];
            String where = "risk " + (i + 1) + " at [003:" + at[0] + "]";
            assertEquals(SEED.cells(0, at), r.description(), where);
            assertEquals(SEED.cells(2, at), r.mitigatingActions(), where);
            Matcher rating = RATING.matcher(SEED.cells(1, at));
            assertTrue(rating.matches(), where + ": " + SEED.cells(1, at));
            assertEquals(RiskLevel.valueOf(rating.group(1).toUpperCase(Locale.ROOT)), r.impact(), where);
            assertEquals(RiskLevel.valueOf(rating.group(2).toUpperCase(Locale.ROOT)), r.likelihood(), where);
            int groupRow = at[0] < 697 ? 688 : at[0] < 704 ? 697 : 704;
            assertEquals(SEED.cell(groupRow, 0), r.planningUnit().toUpperCase(Locale.ROOT), where);
        }
    }

    @Test
    void riskTalliesByPlanningUnitAndRating() {
        Map<String, Long> byUnit = plan.risks().stream()
                .collect(Collectors.groupingBy(Risk::planningUnit, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("North Nottinghamshire", 6L, "Mid-Nottinghamshire", 6L, "South Nottinghamshire", 10L),
                byUnit);
        Map<String, Long> byRating = plan.risks().stream()
                .collect(Collectors.groupingBy(r -> r.impact() + "/" + r.likelihood(), TreeMap::new,
                        Collectors.counting()));
        assertEquals(Map.of("HIGH/MEDIUM", 16L, "HIGH/HIGH", 3L, "MEDIUM/HIGH", 1L, "HIGH/LOW", 1L,
                "MEDIUM/MEDIUM", 1L), byRating);
        // the planning units of the register are those of the allocation table
        assertEquals(plan.socialCareProtection().allocations().stream().map(PlanningUnitAllocation::planningUnit)
                .collect(Collectors.toSet()), byUnit.keySet());
    }

    @Test
    void theRisksBrokenOverTwoLinesAreRejoined() {
        List<Risk> risks = plan.risks();
        assertEquals("National changes to Urgent and Emergency Care (primary care, A&E and OOH) and changes to the "
                + "primary care contract", risks.get(4).description());
        assertEquals("There is a risk that implementation of the changes will result in an increase in admissions to "
                + "care homes", risks.get(19).description());
        assertEquals(RiskLevel.HIGH, risks.get(19).impact(), "[003:714] \"HIGH impact\"");
        assertEquals(RiskLevel.MEDIUM, risks.get(19).likelihood(), "[003:716] \"MEDIUM likelihood\"");
        assertTrue(risks.get(19).mitigatingActions().startsWith("On-going leadership from the BCF Working Group/South"));
    }

    @Test
    void aChangedWordIsNotTheSeedsWord() {
        // broken variant: the comparisons above would catch a transcription slip
        String slipped = plan.vision().replace("maximise wellbeing", "maximise well-being");
        assertNotEquals(plain(SEED.lines(142, 168)), plain(slipped));
        Risk first = plan.risks().get(0);
        assertNotEquals(SEED.cells(0, RISK_LINES[1]), first.description(), "a risk checked against the wrong line");
    }

    @Test
    void eachCallBuildsAnEqualPlanWithUnmodifiableLists() {
        Plan again = NottinghamshirePlan.plan2014();
        assertEquals(plan, again);
        assertNotSame(plan, again);
        assertThrows(UnsupportedOperationException.class, () -> plan.risks().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.schemes().get(0).successFactors().clear());
    }
}
