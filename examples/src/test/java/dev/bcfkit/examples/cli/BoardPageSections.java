package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections, by id and in page order, that the board page of each kind of document must show:
 * what a board decides on for that kind. Every page starts with the questions answered (where
 * the edition has a checklist) and the findings. A quarterly return then has its national conditions, section 75 pooling, income and
 * expenditure, metrics, High Impact Change Model and narrative, with the additional iBCF and fees
 * of a 2018/19 return, the Additional Measures of a 2016/17 one and the year end feedback of its
 * fourth quarter; a 2014 plan, in its own order, its details and sign-offs, engagement and related
 * documents, vision and aims, schemes, implications for the acute sector and governance, national
 * conditions, protection of social care and risks ({@code [003]}); a 2017-19
 * pooled budget its contributions, pooling, minimum for social care, improved BCF and Disabled
 * Facilities Grant ({@code [002:667-688]}); a 2017-19 plan its sign-offs, answers and improved BCF
 * conditions before its pooled budget's sections; a local outcome table its outcomes with their RAG
 * ({@code [001:35-41]}).
 */
final class BoardPageSections {
    private static final List<String> POOLED = List.of("contributions", "section-75", "social-care-minimum",
            "improved-bcf", "disabled-facilities-grant");

    private BoardPageSections() {
    }

    /**
     * @param document the document
     * @param report its report: the questions answered are listed where its edition has a checklist
     * @return the ids of the sections the document's page must have, in page order
     */
    static List<String> of(BcfDocument document, Report report) {
        List<String> ids = new ArrayList<>();
        if (!report.completion().isEmpty()) {
            ids.add("checklist");
        }
        ids.add("findings");
        if (document instanceof QuarterlyReturn r) {
            ids.addAll(List.of("national-conditions", "section-75", "income-and-expenditure", "metrics",
                    "high-impact-change-model"));
            if (r.additionalIbcf() != null) {
                ids.add("ibcf");
            }
            if (r.additionalMeasures() != null) {
                ids.add("additional-measures");
            }
            ids.add("narrative");
            if (r.yearEndFeedback() != null) {
                ids.add("year-end-feedback");
            }
        } else if (document instanceof Plan) {
            ids.addAll(List.of("plan-details", "engagement", "vision-and-aims", "schemes",
                    "acute-sector-and-governance", "plan-conditions", "protecting-social-care", "risks"));
        } else if (document instanceof PolicyFrameworkPlan) {
            ids.addAll(List.of("sign-offs", "plan-answers", "ibcf-conditions"));
            ids.addAll(POOLED);
        } else if (document instanceof PooledBudget) {
            ids.addAll(POOLED);
        } else if (document instanceof LocalOutcomeTable) {
            ids.add("local-outcomes");
        } else {
            throw new IllegalArgumentException("no board page sections are known for " + document.edition());
        }
        return ids;
    }
}
