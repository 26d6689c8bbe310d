package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.Narrative;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The board page of a return made in process (one shared validator), its sections found by id, and
 * copies of sample returns with a condition or the narrative changed.
 */
final class BoardPages {
    /** Kept so that Hibernate Validator's start-up message stays off standard error. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
    private static final BcfValidator VALIDATOR = start();

    /** The ids of the sections every quarterly return's page has, in page order. */
    static final List<String> RETURN_SECTIONS = List.of("checklist", "findings", "national-conditions", "section-75",
            "income-and-expenditure", "metrics", "high-impact-change-model", "narrative");

    private BoardPages() {
    }

    private static BcfValidator start() {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        return BcfValidator.create();
    }

    /** @return the page's text, as {@code bcf report} writes it */
    static String html(QuarterlyReturn r) {
        return BoardReport.page("return.json", r, VALIDATOR.validate(r));
    }

    /** @return the document's validation report, as {@code bcf report} makes it for a JSON file */
    static Report report(BcfDocument document) {
        return VALIDATOR.validate(document);
    }

    /** @return the page of any document, parsed as XML (which checks it is well-formed) */
    static Document pageOf(BcfDocument document) throws Exception {
        return Xhtml.parse(BoardReport.page("document.json", document, VALIDATOR.validate(document)));
    }

    /** @return the page, parsed as XML (which checks it is well-formed) */
    static Document page(QuarterlyReturn r) throws Exception {
        return Xhtml.parse(html(r));
    }

    /** @return the {@code <section>} with the id, or null */
    static Element section(Document page, String id) {
        return Xhtml.all(page, Xhtml.XHTML, "section").stream().filter(s -> s.getAttribute("id").equals(id))
                .findFirst().orElse(null);
    }

    /** @return the ids of the page's sections, in order */
    static List<String> sectionIds(Document page) {
        return Xhtml.all(page, Xhtml.XHTML, "section").stream().map(s -> s.getAttribute("id")).toList();
    }

    /** @return the return with its condition at {@code index} answered as given */
    static QuarterlyReturn conditionAnswered(QuarterlyReturn r, int index, ConditionAnswer answer, LocalDate date,
            String explanation) {
        List<ConditionResponse> conditions = new ArrayList<>(r.nationalConditions());
        ConditionResponse c = conditions.get(index);
        conditions.set(index, new ConditionResponse(c.condition(), answer, date, explanation, c.previousResponses()));
        return withConditions(r, conditions);
    }

    /** @return the return without its condition at {@code index} */
    static QuarterlyReturn conditionLeftOut(QuarterlyReturn r, int index) {
        List<ConditionResponse> conditions = new ArrayList<>(r.nationalConditions());
        conditions.remove(index);
        return withConditions(r, conditions);
    }

    /** @return the return with this narrative */
    static QuarterlyReturn narrated(QuarterlyReturn r, String progress, String successStory) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), r.nationalConditions(),
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), new Narrative(progress, successStory), r.additionalIbcf());
    }

    private static QuarterlyReturn withConditions(QuarterlyReturn r, List<ConditionResponse> conditions) {
        return new QuarterlyReturn(r.period(), r.cover(), r.budgetArrangements(), conditions,
                r.incomeAndExpenditure(), r.metrics(), r.yearEndFeedback(), r.additionalMeasures(),
                r.highImpactChangeModel(), r.narrative(), r.additionalIbcf());
    }
}
