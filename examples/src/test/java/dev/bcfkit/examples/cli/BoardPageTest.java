package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The board page shows everything a board decides on (issue 17): the national conditions with
 * answers and explanations, the section 75 pooling, the metric and change commentary, the iBCF and
 * fees, the narrative and the year end feedback, each in a section of its own, with the figures
 * and words the papers print.
 */
class BoardPageTest {
    @TempDir
    Path temp;

    private static QuarterlyReturn sample(String name) {
        return (QuarterlyReturn) Samples.read(name);
    }

    private static List<Element> bodyRows(Element section, String tableClass) {
        Element table = Xhtml.withClass(section, Xhtml.XHTML, "table", tableClass).get(0);
        return Xhtml.children(Xhtml.children(table, "tbody").get(0), "tr");
    }

    @Test
    void everySampleReturnHasEverySectionInOrder() throws Exception {
        for (String name : Samples.RETURNS) {
            QuarterlyReturn r = sample(name);
            List<String> expected = new ArrayList<>(BoardPages.RETURN_SECTIONS);
            if (r.additionalIbcf() != null) {
                expected.add(expected.indexOf("narrative"), "ibcf");
            }
            if (r.additionalMeasures() != null) {
                expected.add(expected.indexOf("narrative"), "additional-measures");
            }
            if (r.yearEndFeedback() != null) {
                expected.add("year-end-feedback");
            }
            Document page = BoardPages.page(r);
            assertEquals(expected, BoardPages.sectionIds(page), name);
            for (String id : expected) {
                Element section = BoardPages.section(page, id);
                assertEquals(1, Xhtml.children(section, "h2").size(), name + " " + id);
                assertFalse(section.getTextContent().isBlank(), name + " " + id);
            }
        }
        assertEquals(List.of("ibcf"), BoardPages.sectionIds(BoardPages.page(sample(Samples.DORSET_Q2))).stream()
                .filter(id -> id.equals("ibcf")).toList(), "the 2018/19 return has the iBCF section [004:145]");
    }

    @Test
    void theBoardsPageFromTheCommandLineHasTheConditions() throws Exception {
        Run run = Run.of("report", Samples.path(Samples.SOUTHEND_Q4), "--html", "-");
        assertEquals(0, run.status(), run.err());
        Document page = Xhtml.parse(run.out());
        assertEquals(12, bodyRows(BoardPages.section(page, "national-conditions"), "conditions").size());
        assertNotNull(BoardPages.section(page, "year-end-feedback"));
    }

    @Test
    void conditionsShowEachAnswerWithTheEarlierQuarters() throws Exception {
        // Southend's Q3 2016/17 return: "1) Plans to be jointly agreed  Yes  Yes  Yes" (Q1, Q2, Q3) [002:1849].
        Element section = BoardPages.section(BoardPages.page(sample("southend-2016-17-q3.json")),
                "national-conditions");
        List<Element> rows = bodyRows(section, "conditions");
        assertEquals(NationalCondition.forEdition(sample("southend-2016-17-q3.json").edition()).size(), rows.size());
        Element first = rows.get(0);
        assertEquals("1) Plans to be jointly agreed", Xhtml.children(first, "th").get(0).getTextContent());
        List<Element> cells = Xhtml.children(first, "td");
        assertEquals("Yes", cells.get(0).getTextContent());
        assertTrue(Xhtml.hasClass(cells.get(0), "answer-yes"));
        assertEquals("Q1: Yes, Q2: Yes", cells.get(1).getTextContent());
        assertTrue(section.getTextContent().contains("12 of 12 conditions met."), section.getTextContent());
    }

    @Test
    void aConditionNotMetShowsItsAnswerDateAndExplanation() throws Exception {
        String explanation = "The joint DToC action plan is agreed with the trust;\nthe local target is due in March.";
        QuarterlyReturn broken = BoardPages.conditionAnswered(sample(Samples.NOTTS_Q2), 3,
                ConditionAnswer.NO_IN_PROGRESS, LocalDate.of(2018, 3, 31), explanation);
        Element section = BoardPages.section(BoardPages.page(broken), "national-conditions");
        Element row = bodyRows(section, "conditions").get(3);
        assertEquals("tr", row.getLocalName());
        assertTrue(Xhtml.hasClass(row, "condition-not-met"), row.getAttribute("class"));
        assertEquals("4) Managing transfers of care?", Xhtml.children(row, "th").get(0).getTextContent());
        List<Element> cells = Xhtml.children(row, "td");
        assertEquals("No - In Progress", cells.get(0).getTextContent());
        assertTrue(Xhtml.hasClass(cells.get(0), "answer-no-in-progress"));
        assertEquals("2018-03-31", cells.get(2).getTextContent());
        assertEquals(explanation, cells.get(3).getTextContent());
        assertEquals(1, Xhtml.withClass(cells.get(3), Xhtml.XHTML, "div", "prose").size(), "keeps its line break");
        assertTrue(section.getTextContent().contains("3 of 4 conditions met, 1 not met."), section.getTextContent());
    }

    @Test
    void aConditionNotMetWithoutExplanationSaysBlank() throws Exception {
        QuarterlyReturn broken = BoardPages.conditionAnswered(sample(Samples.NOTTS_Q2), 0, ConditionAnswer.NO, null,
                null);
        Element row = bodyRows(BoardPages.section(BoardPages.page(broken), "national-conditions"), "conditions")
                .get(0);
        List<Element> cells = Xhtml.children(row, "td");
        assertEquals("No", cells.get(0).getTextContent());
        assertEquals("blank", cells.get(2).getTextContent());
        assertEquals("blank", cells.get(3).getTextContent());
    }

    @Test
    void aConditionLeftOutHasItsRowMarkedBlankNotMet() throws Exception {
        QuarterlyReturn broken = BoardPages.conditionLeftOut(sample(Samples.NOTTS_Q2), 1);
        Element section = BoardPages.section(BoardPages.page(broken), "national-conditions");
        List<Element> rows = bodyRows(section, "conditions");
        assertEquals(4, rows.size(), "every condition of the edition has its row");
        assertTrue(Xhtml.hasClass(rows.get(1), "condition-blank"));
        assertFalse(Xhtml.hasClass(rows.get(1), "condition-not-met"));
        assertEquals("blank", Xhtml.children(rows.get(1), "td").get(0).getTextContent());
        assertTrue(section.getTextContent().contains("3 of 4 conditions met, 1 not answered."),
                section.getTextContent());
    }

    @Test
    void sectionSeventyFivePoolingIsShown() throws Exception {
        // Dorset 2018/19 Q2: "Yes", funds pooled via a section 75 agreement.
        Element section = BoardPages.section(BoardPages.page(sample(Samples.DORSET_Q2)), "section-75");
        Element answer = Xhtml.all(section, Xhtml.XHTML, "dd").get(0);
        assertEquals("Yes", answer.getTextContent());
        assertTrue(section.getTextContent().contains("Funds pooled via a section 75 agreement"));
    }

    @Test
    void metricCommentaryIsShownInTheTemplatesWords() throws Exception {
        // Southend Q1 2016/17, non-elective admissions: "Commentary on progress: Pressure within the hospital
        // continues." [002:1059]
        String southend = BoardPages.section(BoardPages.page(sample(Samples.SOUTHEND_Q1)), "metrics").getTextContent();
        assertTrue(southend.contains("Commentary on progressPressure within the hospital continues."), southend);
        // Dorset Q2 2018/19, non-elective admissions, Challenges: "There has been a significant increase in the
        // conveyance rates across the Dorset System" [004:57]
        Element dorset = BoardPages.section(BoardPages.page(sample(Samples.DORSET_Q2)), "metrics");
        assertEquals(4, Xhtml.withClass(dorset, Xhtml.XHTML, "div", "metric-commentary").size());
        assertTrue(dorset.getTextContent().contains(
                "ChallengesThere has been a significant increase in the conveyance rates across the Dorset System"),
                dorset.getTextContent());
        assertEquals(1, Xhtml.withClass(dorset, Xhtml.XHTML, "table", "metrics").size(), "the RAG table stays");
    }

    @Test
    void changeCommentaryIsShownBesideTheGrid() throws Exception {
        // Nottinghamshire Q2 2017/18, change 7 "Focus on choice": "Challenges in agreeing the funding" [000:230]
        Element section = BoardPages.section(BoardPages.page(sample(Samples.NOTTS_Q2)), "high-impact-change-model");
        assertEquals(1, Xhtml.withClass(section, Xhtml.XHTML, "table", "hicm").size());
        Element choice = Xhtml.withClass(section, Xhtml.XHTML, "div", "change-commentary").stream()
                .filter(d -> Xhtml.children(d, "h4").get(0).getTextContent().startsWith("7. "))
                .findFirst().orElseThrow();
        assertTrue(choice.getTextContent().contains("ChallengesChallenges in agreeing the funding"),
                choice.getTextContent());
    }

    @Test
    void ibcfAllocationAndFeesWithTheirUnits() throws Exception {
        // Dorset 2018/19 Q2: allocation £5,478,595 [004:153]; home care £20.00 per contact hour in 2017/18, 2018/19
        // blank, uplift 2.5% [004:178].
        Element section = BoardPages.section(BoardPages.page(sample(Samples.DORSET_Q2)), "ibcf");
        assertTrue(section.getTextContent().contains("Allocation: £5,478,595"), section.getTextContent());
        List<Element> fees = bodyRows(section, "fees");
        assertEquals(3, fees.size());
        List<String> homeCare = Xhtml.children(fees.get(0), "td").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("£ per contact hour", "£20.00", "blank", "2.5%"), homeCare);
        assertEquals("Home care", Xhtml.children(fees.get(0), "th").get(0).getTextContent());
        assertTrue(section.getTextContent().contains("Commentary on fees"));
    }

    @Test
    void theNarrativeIsShownInFullWithItsLineBreaks() throws Exception {
        QuarterlyReturn dorset = sample(Samples.DORSET_Q2);
        Element section = BoardPages.section(BoardPages.page(dorset), "narrative");
        List<Element> prose = Xhtml.withClass(section, Xhtml.XHTML, "div", "prose");
        assertEquals(2, prose.size());
        // [004:111] and [004:117]
        assertTrue(prose.get(0).getTextContent().startsWith("The Dorset Better Care Fund has continued to evolve"));
        assertEquals(dorset.narrative().progress().strip(), prose.get(0).getTextContent());
        assertTrue(prose.get(1).getTextContent().startsWith("Support for Carers\n"), "line breaks are kept");
        assertEquals(dorset.narrative().successStory().strip(), prose.get(1).getTextContent());
    }

    @Test
    void aReturnWithoutNarrativeSaysSo() throws Exception {
        Element section = BoardPages.section(BoardPages.page(BoardPages.narrated(sample(Samples.NOTTS_Q2), null,
                " ")), "narrative");
        assertEquals("NarrativeThe return gives no narrative.", section.getTextContent().replace("\n", ""));
    }

    @Test
    void theYearEndFeedbackOfTheFourthQuarter() throws Exception {
        QuarterlyReturn q4 = sample(Samples.SOUTHEND_Q4);
        Element section = BoardPages.section(BoardPages.page(q4), "year-end-feedback");
        List<Element> statements = bodyRows(section, "feedback");
        assertEquals(q4.yearEndFeedback().statements().size(), statements.size());
        assertEquals(q4.yearEndFeedback().statements().get(0).statement(),
                Xhtml.children(statements.get(0), "th").get(0).getTextContent());
        assertNull(BoardPages.section(BoardPages.page(sample(Samples.SOUTHEND_Q1)), "year-end-feedback"),
                "only the Q4 template has the tab");
    }

    @Test
    void theHeaderNamesWhoCompletedAndSignedOff() throws Exception {
        Document page = BoardPages.page(sample(Samples.DORSET_Q2));
        String header = Xhtml.all(page, Xhtml.XHTML, "header").get(0).getTextContent();
        assertTrue(header.contains("Completed byCiara Ryan"), header);
        assertTrue(header.contains("Signed off byHelen Coombes"), header);
        assertFalse(header.contains("@"), "no e-mail address or telephone number on a committee paper");
    }

    @Test
    void hostileWordsInAnExplanationAndTheNarrativeStayInert() throws Exception {
        String hostile = "<script>window.pwned = 1</script><img src=x onerror=\"alert(1)\"/> ]]> &amp; "
                + "x".repeat(400);
        QuarterlyReturn r = BoardPages.narrated(BoardPages.conditionAnswered(sample(Samples.NOTTS_Q2), 0,
                ConditionAnswer.NO, null, hostile), hostile, hostile);
        String html = BoardPages.html(r);
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<img"));
        Document page = Xhtml.parse(html);
        assertTrue(Xhtml.all(page, Xhtml.XHTML, "script").isEmpty());
        assertTrue(Xhtml.all(page, Xhtml.XHTML, "img").isEmpty());
        Element explanation = Xhtml.children(bodyRows(BoardPages.section(page, "national-conditions"), "conditions")
                .get(0), "td").get(3);
        assertEquals(hostile, explanation.getTextContent());
        List<Element> narrative = Xhtml.withClass(BoardPages.section(page, "narrative"), Xhtml.XHTML, "div", "prose");
        assertEquals(List.of(hostile, hostile), narrative.stream().map(Element::getTextContent).toList());
    }

    private static String text(Document page, String id) {
        return BoardPages.section(page, id).getTextContent();
    }

    @Test
    void theTwentyFourteenPlanHasItsDetailsSchemesConditionsSocialCareAndRisks() throws Exception {
        Document page = BoardPages.pageOf((BcfDocument) Samples.read(Samples.NOTTS_PLAN));
        assertEquals(List.of("findings", "plan-details", "engagement", "vision-and-aims", "schemes",
                "acute-sector-and-governance", "plan-conditions", "protecting-social-care", "risks"),
                BoardPages.sectionIds(page));
        // "Minimum required value of ITF pooled budget: 2014/15 £16,100,000" [003:20]
        Element details = BoardPages.section(page, "plan-details");
        assertTrue(details.getTextContent().contains("Minimum required value of ITF pooled budget"));
        assertTrue(details.getTextContent().contains("£16,100,000"), details.getTextContent());
        // "Signed on behalf of the Clinical Commissioning Group Bassetlaw / By Phil Mettam" [003:27-28]
        List<Element> signOffs = bodyRows(details, "sign-offs");
        assertEquals("Bassetlaw (ccg)", Xhtml.children(signOffs.get(0), "th").get(0).getTextContent());
        assertEquals(List.of("Phil Mettam", "Chief Officer", "2014-03-21"),
                Xhtml.children(signOffs.get(0), "td").stream().map(Element::getTextContent).toList());
        List<Element> schemes = bodyRows(BoardPages.section(page, "schemes"), "schemes");
        assertEquals("7 Day Service Provision and Access", Xhtml.children(schemes.get(0), "th").get(0).getTextContent());
        assertTrue(text(page, "plan-conditions").contains("NHS number in place byOctober 2014"));
        assertTrue(text(page, "protecting-social-care").contains("In Nottinghamshire, eligibility is set at Critical"));
        // "01: Planned Schemes" [003:126]; "A county-wide BCF Working Group has been mobilised" [003:570]
        List<Element> related = bodyRows(BoardPages.section(page, "engagement"), "related-documents");
        assertEquals("Planned Schemes", Xhtml.children(related.get(0), "th").get(0).getTextContent());
        assertTrue(text(page, "acute-sector-and-governance").contains(
                "GovernanceA county-wide BCF Working Group has been mobilised"), text(page, "acute-sector-and-governance"));
        assertTrue(text(page, "vision-and-aims").contains("Aims and objectivesOur aim is to create a new and"
                + " sustainable model of care"));
        // Part 2 is referred to but the paper does not say it was completed [003:5], [003:613]
        assertTrue(text(page, "plan-details").contains("Part 2 (metrics and finance) completedblank"),
                text(page, "plan-details"));
        Element risk = bodyRows(BoardPages.section(page, "risks"), "risks").get(0);
        assertTrue(Xhtml.hasClass(risk, "risk-high"));
        assertEquals(List.of("North Nottinghamshire", "High", "Medium"), Xhtml.children(risk, "td").stream()
                .limit(3).map(Element::getTextContent).toList());
    }

    @Test
    void thePooledBudgetHasItsContributionsPoolingSocialCareIbcfAndDfg() throws Exception {
        Document page = BoardPages.pageOf((BcfDocument) Samples.read("nottinghamshire-pooled-budget-2017-19.json"));
        assertEquals(List.of("findings", "contributions", "section-75", "social-care-minimum",
                "improved-bcf", "disabled-facilities-grant"), BoardPages.sectionIds(page));
        assertEquals("Funds pooled via a section 75 agreementYes", text(page, "section-75")
                .replace("Pooled budget (section 75)", "").replace("\n", ""));
        // "£16.06m in 2017/18, £21.56m in 2018/19 and £26.51m in 2019/20" [000:42]; "Of the total £16,059,934
        // improved Better Care Fund, it is forecast that £15,499,646 ... £560,287 ... one-off funding" [000:53]
        String ibcf = text(page, "improved-bcf");
        for (String figure : List.of("£16,060,000", "£21,560,000", "£26,510,000", "Stated total£64,130,000",
                "Allocation for the year£16,059,934", "Forecast spend£15,499,646", "Available as one-off funding£560,287")) {
            assertTrue(ibcf.contains(figure), figure + " in " + ibcf);
        }
        assertFalse(ibcf.contains("Ministerial exemption"), "false is not shown as an answer");
        // what the papers do not print stays blank
        assertTrue(text(page, "contributions").contains("The document lists no contributions."));
        assertTrue(text(page, "social-care-minimum").contains("does not give the NHS contribution"));
        Document southend = BoardPages.pageOf((BcfDocument) Samples.read("southend-pooled-budget-2017-19.json"));
        assertNotNull(BoardPages.section(southend, "improved-bcf"));
    }

    @Test
    void theTwentySeventeenPlanHasItsAnswersIbcfUsesAndItsPooledBudget() throws Exception {
        Document page = BoardPages.pageOf((BcfDocument) Samples.read("southend-plan-2017-19.json"));
        assertEquals(List.of("checklist", "findings", "sign-offs", "plan-answers", "ibcf-conditions", "contributions",
                "section-75", "social-care-minimum", "improved-bcf", "disabled-facilities-grant"),
                BoardPages.sectionIds(page));
        // the papers print no completed plan: the answers are blank, never "Yes"
        Element answers = BoardPages.section(page, "plan-answers");
        Element housing = Xhtml.all(answers, Xhtml.XHTML, "dd").get(0);
        assertEquals("blank", housing.getTextContent());
        assertTrue(text(page, "plan-answers").contains("Integration by 2020blank"));
        // "5.9.1 Step 1 Early Discharge Planning investment to support the development of the integrated
        // discharge team" [002:132]
        List<Element> uses = bodyRows(BoardPages.section(page, "ibcf-conditions"), "ibcf-uses");
        assertEquals(9, uses.size());
        assertEquals("Step 1 Early Discharge Planning investment to support the development of the integrated"
                + " discharge team", Xhtml.children(uses.get(0), "th").get(0).getTextContent());
        assertEquals(List.of("2017/18", "blank", "blank"), Xhtml.children(uses.get(0), "td").stream()
                .map(Element::getTextContent).toList());
        // "iBCF allocation for Southend are; 2017/18 £3.99M" [002:128]
        assertTrue(text(page, "improved-bcf").contains("£3,990,000"));
    }

    @Test
    void theAdditionalMeasuresOfATwentySixteenReturn() throws Exception {
        // Southend Q2 2016/17: NHS Number on correspondence "Yes Yes Yes Yes No No" [002:1097]
        Element section = BoardPages.section(BoardPages.page(sample("southend-2016-17-q2.json")),
                "additional-measures");
        List<Element> rows = bodyRows(section, "nhs-number");
        assertEquals(List.of("Yes", "Yes", "Yes", "Yes", "No", "No"), Xhtml.children(rows.get(0), "td").stream()
                .map(Element::getTextContent).toList());
        assertEquals(6, bodyRows(section, "data-sharing").size());
        // "From GP Shared via Open API" [002:1107]
        assertEquals("Shared via Open API", Xhtml.children(bodyRows(section, "data-sharing").get(0), "td").get(0)
                .getTextContent());
        assertNull(BoardPages.section(BoardPages.page(sample(Samples.DORSET_Q2)), "additional-measures"),
                "the 2018/19 template has no such tab");
    }

    @Test
    void theLocalOutcomeTableHasItsOutcomes() throws Exception {
        Document page = BoardPages.pageOf((BcfDocument) Samples.read("mid-notts-alliance-2016-10.json"));
        assertEquals(List.of("findings", "local-outcomes"), BoardPages.sectionIds(page));
    }

    @Test
    void hostileWordsInAPlanStayInert() throws Exception {
        String hostile = "<script>alert(1)</script> & ]]>";
        dev.bcfkit.core.plan.Plan plan = (dev.bcfkit.core.plan.Plan) Samples.read(Samples.NOTTS_PLAN);
        plan = plan.toBuilder().risks(List.of(new dev.bcfkit.core.plan.Risk(hostile, hostile, null, null, null)))
                .build();
        Document page = BoardPages.pageOf(plan);
        assertTrue(Xhtml.all(page, Xhtml.XHTML, "script").isEmpty());
        Element risk = bodyRows(BoardPages.section(page, "risks"), "risks").get(0);
        assertEquals(hostile, Xhtml.children(risk, "th").get(0).getTextContent());
        assertEquals(List.of(hostile, "blank", "blank", "blank"), Xhtml.children(risk, "td").stream()
                .map(Element::getTextContent).toList(), "a rating left out is blank, not low");
    }
}
