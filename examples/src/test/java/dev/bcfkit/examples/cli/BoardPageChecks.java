package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanConditions;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.OpenApiProgress;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the board page of each kind of document must show in the browser, checked against the
 * document itself: every row the document has (conditions, metrics, schemes, risks,
 * contributions, outcomes), and every value it leaves blank shown as "blank", never as met.
 */
@FunctionalInterface
interface BoardPageChecks {
    /**
     * @param page the page open in the browser
     * @param name the sample's name, for messages
     */
    void check(Page page, String name);

    /** @return the checks of the document's kind */
    static BoardPageChecks of(BcfDocument document) {
        if (document instanceof QuarterlyReturn r) {
            return (page, name) -> quarterly(page, name, r);
        } else if (document instanceof Plan p) {
            return (page, name) -> plan2014(page, name, p);
        } else if (document instanceof PolicyFrameworkPlan p) {
            return (page, name) -> {
                assertEquals(yesNo(p.housingAuthoritiesInvolved()), page.facts("plan-answers")
                        .get("Housing authorities involved"), name);
                pooled(page, name, p.pooledBudget());
            };
        } else if (document instanceof PooledBudget p) {
            return (page, name) -> pooled(page, name, p);
        } else if (document instanceof LocalOutcomeTable t) {
            return (page, name) -> outcomes(page, name, t);
        }
        throw new IllegalArgumentException("no board page checks for " + document.edition());
    }

    /**
     * A quarterly return: a row per condition, blank answers counted apart from the met ones, the
     * two income and expenditure charts, a row per metric, and each Open API status of a 2016/17
     * return as given or blank.
     */
    private static void quarterly(Page page, String name, QuarterlyReturn r) {
        List<String> answers = page.texts("#national-conditions tbody td.answer");
        assertEquals(r.nationalConditions().size(), answers.size(), name + ": a row per condition");
        long met = r.nationalConditions().stream().filter(c -> c.answer() != null && !c.answer().isNotMet()).count();
        assertTrue(page.text("#national-conditions .conditions-summary").startsWith(met + " of " + answers.size()
                + " conditions met"), name + ": " + page.text("#national-conditions .conditions-summary"));
        List<String> expected = new ArrayList<>();
        r.nationalConditions().forEach(c -> expected.add(c.answer() == null ? "blank" : c.answer().label()));
        assertEquals(expected, answers, name + ": the answers as given");
        assertEquals(r.incomeAndExpenditure() == null ? 0 : 2, page.texts("svg.chart").size(), name + ": charts");
        assertEquals(r.metrics().size(), page.texts("#metrics table.metrics tbody tr").size(), name + ": metrics");
        AdditionalMeasures m = r.additionalMeasures();
        if (m != null) {
            List<String> statuses = new ArrayList<>();
            for (CareSetting s : CareSetting.values()) {
                OpenApiProgress p = m.openApiProgress().get(s);
                statuses.add(p == null || p.status() == null || p.status().isBlank() ? "blank" : p.status().strip());
            }
            assertEquals(statuses, page.texts("#additional-measures table.open-apis tbody td:nth-of-type(1)"),
                    name + ": Open API progress, blank where the return leaves it");
        }
    }

    /**
     * A 2014 plan: a row per scheme and per risk, the NHS number confirmation and Part 2 as given
     * or blank ({@code [003:651]}, {@code [003:5]}), and its engagement, vision, aims, acute sector and
     * governance in its own words.
     */
    private static void plan2014(Page page, String name, Plan p) {
        assertEquals(p.schemes().size(), page.texts("#schemes tbody tr").size(), name + ": schemes");
        assertEquals(p.risks().size(), page.texts("#risks tbody tr").size(), name + ": risks");
        PlanConditions c = p.conditions();
        assertEquals(yesNo(c == null || c.dataSharing() == null ? null : c.dataSharing().nhsNumberPrimaryConfirmed()),
                page.facts("plan-conditions").get("NHS number confirmed as the primary identifier"), name);
        assertEquals(yesNo(p.part2Completed()), page.facts("plan-details").get("Part 2 (metrics and finance) completed"),
                name);
        Map<String, String> words = new LinkedHashMap<>(page.facts("vision-and-aims"));
        words.putAll(page.facts("acute-sector-and-governance"));
        words.putAll(page.facts("engagement"));
        assertEquals(prose(p.vision()), prose(words.get("Vision for health and care services")), name);
        assertEquals(prose(p.aimsAndObjectives()), prose(words.get("Aims and objectives")), name);
        assertEquals(prose(p.acuteSectorImpact()), prose(words.get("Implications for the acute sector")), name);
        assertEquals(prose(p.governance()), prose(words.get("Governance")), name);
        assertEquals(prose(p.providerEngagement()), prose(words.get("Service provider engagement")), name);
        assertEquals(prose(p.publicEngagement()), prose(words.get("Patient, service user and public engagement")),
                name);
        assertEquals(Math.max(1, p.relatedDocuments().size()), page.texts("#engagement tbody tr").size()
                + (p.relatedDocuments().isEmpty() ? 1 : 0), name + ": related documents");
    }

    /**
     * A 2017-19 pooled budget: a row per contribution, the social-care minimum or its blank, and
     * the improved BCF pooled by year or blank ({@code [002:107]}: no amount pooled is printed).
     */
    private static void pooled(Page page, String name, PooledBudget p) {
        assertEquals(p.contributions().size(), page.texts("#contributions tbody tr").size(), name + ": contributions");
        if (p.contributions().isEmpty()) {
            assertEquals("The document lists no contributions.", page.text("#contributions p.blank"), name);
        }
        if (p.socialCare() == null) {
            assertTrue(page.text("#social-care-minimum p.blank").startsWith("The document does not give"), name);
        }
        ImprovedBcf i = p.improvedBcf();
        if (i != null && i.pooled().isEmpty()) {
            assertTrue(page.texts("#improved-bcf p").contains("Pooled: blank"), name + ": iBCF pooled "
                    + page.texts("#improved-bcf p"));
        }
    }

    /**
     * A local outcome table: a row per outcome with its computed RAG. Mid-Nottinghamshire's table
     * ({@code [001:37-41]}) rates green, red, red and amber: "the three targets within this
     * workstream that are not being met" ({@code [001:29]}).
     */
    private static void outcomes(Page page, String name, LocalOutcomeTable t) {
        List<String> rags = page.texts("#local-outcomes tbody td.rag");
        assertEquals(t.outcomes().size(), rags.size(), name + ": a row per outcome");
        if ("Mid-Nottinghamshire Better Together Alliance".equals(t.partnership())) {
            assertEquals(List.of("GREEN", "RED", "RED", "AMBER"), rags, name);
        }
    }

    private static String yesNo(YesNo answer) {
        return answer == null ? "blank" : answer.label();
    }

    /** The words of a prose block, whatever the spaces and line breaks between them; "blank" for none. */
    private static String prose(String text) {
        return text == null || text.isBlank() ? "blank" : text.strip().replaceAll("\\s+", " ");
    }

    /** The board page open in the browser. */
    final class Page {
        private final ChromeDriver browser;

        Page(ChromeDriver browser) {
            this.browser = browser;
        }

        /** @return the shown text of each element the selector finds */
        @SuppressWarnings("unchecked")
        List<String> texts(String css) {
            return (List<String>) browser.executeScript(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => (e.innerText ?? e.textContent ?? '').trim());", css);
        }

        /** @return the shown text of the first element the selector finds, or "" */
        String text(String css) {
            List<String> texts = texts(css);
            return texts.isEmpty() ? "" : texts.get(0);
        }

        /** @return each term of the section's definition lists with the text of its definition */
        @SuppressWarnings("unchecked")
        Map<String, String> facts(String section) {
            return new LinkedHashMap<>((Map<String, String>) browser.executeScript("""
                    const facts = {};
                    for (const dt of document.querySelectorAll('#' + arguments[0] + ' dt')) {
                      facts[dt.innerText.trim()] = dt.nextElementSibling.innerText.trim();
                    }
                    return facts;
                    """, section));
        }
    }
}
