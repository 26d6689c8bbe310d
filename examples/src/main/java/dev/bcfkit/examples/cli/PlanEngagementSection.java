package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.RelatedDocument;

/**
 * Sections 1 c to 1 e of a 2014 BCF plan: "Service provider engagement" ({@code [003:66]}),
 * "Patient, service user and public engagement" ({@code [003:95]}) in the plan's own words, and the
 * "Related documentation" with each document's number, title and synopsis and links
 * ({@code [003:121-131]}). What the plan leaves out shows as blank.
 */
final class PlanEngagementSection {
    private PlanEngagementSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "engagement", "Engagement and related documents");
        b.append("<dl class=\"commentary engagement\">\n");
        BoardCell.fact(b, "Service provider engagement", BoardSection.prose(plan.providerEngagement()));
        BoardCell.fact(b, "Patient, service user and public engagement", BoardSection.prose(plan.publicEngagement()));
        b.append("</dl>\n");
        if (plan.relatedDocuments().isEmpty()) {
            b.append("<p>Related documentation: ").append(BoardCell.BLANK).append("</p>\n");
        } else {
            b.append("<table class=\"related-documents\">\n<caption>Related documentation</caption>\n<thead><tr>"
                    + "<th scope=\"col\">No.</th><th scope=\"col\">Document or information title</th>"
                    + "<th scope=\"col\">Synopsis and links</th></tr></thead>\n<tbody>\n");
            for (RelatedDocument d : plan.relatedDocuments()) {
                if (d == null) {
                    continue;
                }
                b.append("<tr><td>").append(BoardCell.text(d.number())).append("</td><th scope=\"row\">")
                        .append(BoardCell.text(d.title())).append("</th><td>").append(BoardSection.prose(d.synopsis()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        BoardSection.close(b);
    }
}
