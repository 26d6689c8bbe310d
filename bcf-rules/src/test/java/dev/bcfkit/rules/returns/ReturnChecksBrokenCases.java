package dev.bcfkit.rules.returns;

import static dev.bcfkit.rules.returns.ReturnSamples.complete2016;
import static dev.bcfkit.rules.returns.ReturnSamples.complete2017;
import static dev.bcfkit.rules.returns.ReturnSamples.complete2018;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.FeeBasisItem;
import dev.bcfkit.core.returns.ImprovedBcfProgress;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.rules.returns.BrokenReturnsTest.Case;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The broken variants of the return checks on submission, condition commitments, financial
 * commentary, personal health budgets, Additional Measures drop-downs, fee basis and the improved
 * BCF, each with its exact paths and messages ({@link BrokenReturnsTest} runs them).
 */
final class ReturnChecksBrokenCases {
    private ReturnChecksBrokenCases() {
    }

    /** @return the broken variants, family by family in rulebook order */
    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("COVER-SUBMITTED-BY-DEADLINE", "2016/17 Q2 submitted on 28 November 2016",
                () -> ReturnEdits.cover(complete2016(Quarter.Q2), ReturnSamples.cover()
                        .withSubmittedOn(LocalDate.of(2016, 11, 28))),
                List.of("/cover/submittedOn: the return was submitted on 28 November 2016, after the deadline of"
                        + " midday on 25 November 2016")));
        c.add(new Case("COVER-SUBMITTED-AFTER-QUARTER", "2017/18 Q2 submitted on 17 September 2017",
                () -> ReturnEdits.cover(complete2017(), ReturnSamples.cover()
                        .withSubmittedOn(LocalDate.of(2017, 9, 17))),
                List.of("/cover/submittedOn: the return for 2017/18 Q2 was submitted on 17 September 2017, before"
                        + " the quarter ended on 30 September 2017")));
        c.add(new Case("COND-SOCIAL-CARE-PROTECTED", "2016/17 Q1 condition 2 answered No - In Progress",
                () -> ReturnCheckEdits.answer(complete2016(Quarter.Q1), NationalCondition.NC2016_2,
                        ConditionAnswer.NO_IN_PROGRESS),
                List.of("/nationalConditions/1/answer: condition 2 \"2) Maintain provision of social care services\""
                        + " is answered \"No - In Progress\", so the return does not confirm that social care"
                        + " protection is maintained in real terms at the 2015-16 mandated minimum")));
        c.add(new Case("COND-DTOC-PLAN-AGREED", "2016/17 Q4 condition 8 answered No",
                () -> ReturnCheckEdits.answer(complete2016(Quarter.Q4), NationalCondition.NC2016_8, ConditionAnswer.NO),
                List.of("/nationalConditions/11/answer: condition 8 \"8) Agreement on a local target for Delayed"
                        + " Transfers of Care (DTOC) and develop a joint local action plan\" is answered \"No\", so the return"
                        + " does not confirm a local DTOC action plan with a locally agreed target")));
        c.add(new Case("FIN-COMMENTARY-REFERS-TO-CHANGES", "2016/17 Q2 forecast amended, commentary blank",
                () -> ReturnCheckEdits.forecastAmended(Quarter.Q2, Money.pounds(3_000_000), " "),
                List.of("/incomeAndExpenditure/financialCommentary: the commentary on progress against the financial"
                        + " plan is blank, but it should refer to the Q4 forecast income amended from £3,000,000 to"
                        + " £3,282,762 since the previous return")));
        c.add(new Case("PHB-RATE-AGREES", "24 PHBs in 180,589 shown as 14 per 100,000",
                () -> ReturnCheckEdits.phb(Quarter.Q1, 24L, 7L, 17L, new BigDecimal("14"), 180_589L),
                List.of("/additionalMeasures/personalHealthBudgets/ratePer100kShown: the rate shown, 14 per 100,000,"
                        + " does not agree with 24 PHBs in a population of 180,589, which is 13.29 per 100,000")));
        c.add(new Case("PHB-RATE-AGREES", "1 PHB in 200,000 shown as 1 per 100,000: exactly half a unit rounds up",
                () -> ReturnCheckEdits.phb(Quarter.Q1, 1L, 1L, 0L, new BigDecimal("1"), 200_000L),
                List.of()));
        c.add(new Case("PHB-RATE-AGREES", "a population of 0 gives no rate to compare",
                () -> ReturnCheckEdits.phb(Quarter.Q1, 24L, 7L, 17L, new BigDecimal("13"), 0L),
                List.of()));
        c.add(new Case("PHB-STOCK-AND-FLOW", "24 at the end, 42 new and 17 stopped",
                () -> ReturnCheckEdits.phb(Quarter.Q1, 24L, 42L, 17L, new BigDecimal("13"), 180_589L),
                List.of("/additionalMeasures/personalHealthBudgets/newInQuarter: 24 PHBs in place at the end of the"
                        + " quarter, 42 new and 17 stopped during it imply -1 in place at its start; the new PHBs"
                        + " cannot outnumber those in place at the end plus those stopped")));
        c.add(new Case("AM-GO-LIVE-DATE", "GP go-live \"31/02/17\"",
                () -> ReturnCheckEdits.goLive(CareSetting.GP, "In development", "31/02/17"),
                List.of("/additionalMeasures/openApiProgress/GP/projectedGoLive: the projected go-live date for GP is"
                        + " \"31/02/17\"; expected a date written dd/mm/yy (such as \"31/03/17\") or \"Live\"")));
        c.add(new Case("AM-GO-LIVE-DATE", "GP go-live in the month \"01/17\", the first of a year",
                () -> ReturnCheckEdits.goLive(CareSetting.GP, "In development", "01/17"), List.of()));
        c.add(new Case("AM-GO-LIVE-DATE", "GP go-live in the month \"12/17\", the last of a year",
                () -> ReturnCheckEdits.goLive(CareSetting.GP, "In development", "12/17"), List.of()));
        c.add(new Case("AM-ANSWER-PRINTED", "a pilot and a care-team answer the papers do not print",
                () -> ReturnCheckEdits.pilotAndTeams("Pilot underway", "No"),
                List.of("/additionalMeasures/integratedCareRecordPilot: the Digital Integrated Care Record pilot answer"
                        + " is \"Pilot underway\", not an answer the papers print (\"Pilot being scoped\")",
                        "/additionalMeasures/integratedCareTeams/acute: the integrated care teams answer for the acute"
                        + " setting is \"No\", not an answer the papers print (\"Yes - in some parts of Health and"
                        + " Wellbeing Board area\", \"Yes - throughout the Health and Wellbeing Board area\")")));
        c.add(new Case("AM-ANSWER-PRINTED", "GP to Mental health sharing answered \"Shared by email\"",
                () -> ReturnCheckEdits.sharing(CareSetting.GP, CareSetting.MENTAL_HEALTH, "Shared by email"),
                List.of("/additionalMeasures/dataSharing/GP/Mental health: sharing from GP to Mental health is \"Shared"
                        + " by email\", not an answer the papers print (\"Shared via Open API\", \"Not currently shared"
                        + " digitally\")")));
        c.add(new Case("AM-ANSWER-PRINTED", "GP Open API progress \"Under review\", live",
                () -> ReturnCheckEdits.goLive(CareSetting.GP, "Under review", "Live"),
                List.of("/additionalMeasures/openApiProgress/GP/status: the Open API progress status for GP is \"Under"
                        + " review\", not an answer the papers print (\"In development\")")));
        c.add(new Case("AM-ANSWER-PRINTED", "a non-acute care-team answer the papers do not print",
                () -> ReturnCheckEdits.nonAcuteTeams("Planned"),
                List.of("/additionalMeasures/integratedCareTeams/nonAcute: the integrated care teams answer for the"
                        + " non-acute setting is \"Planned\", not an answer the papers print (\"Yes - in some parts of"
                        + " Health and Wellbeing Board area\", \"Yes - throughout the Health and Wellbeing Board area\")")));
        c.add(new Case("FEE-BASIS", "fees including NHS Funded Nursing Care and excluding client contributions",
                () -> ReturnCheckEdits.feeBasis(Map.of(FeeBasisItem.NHS_FUNDED_NURSING_CARE, YesNo.YES,
                        FeeBasisItem.CLIENT_CONTRIBUTIONS, YesNo.NO, FeeBasisItem.THIRD_PARTY_TOP_UPS, YesNo.NO)),
                List.of("/additionalIbcf/feeBasis/answers/Client contributions: the average fees are recorded as excluding"
                        + " \"Client contributions\" (\"No\"); the instructions say they include it",
                        "/additionalIbcf/feeBasis/answers/NHS Funded Nursing Care: the average fees are recorded as including"
                        + " \"NHS Funded Nursing Care\" (\"Yes\"); the instructions say they exclude it")));
        c.add(new Case("IBCF-USE-PURPOSE", "2017/18 a use without a purpose",
                () -> complete2017().withImprovedBcfProgress(new ImprovedBcfProgress(List.of(
                        new ImprovedBcfProgress.Use("Falls prevention", null, null)), 2)),
                List.of("/improvedBcfProgress/uses/0/purpose: the use of the improved BCF \"Falls prevention\" names"
                        + " none of the grant's three purposes: meeting adult social care needs, reducing pressures on"
                        + " the NHS, or stabilising the social care provider market")));
        c.add(new Case("IBCF-PROGRESS-REPORTS", "2018/19 Q2 with no progress report",
                () -> complete2018().withImprovedBcfProgress(new ImprovedBcfProgress(List.of(), 0)),
                List.of("/improvedBcfProgress/progressReportsSubmitted: 0 improved BCF progress reports are recorded"
                        + " as submitted by the 2018/19 Q2 return; the quarterly reports for the 1 earlier quarter of"
                        + " the year would make at least 1")));
        return c;
    }
}
