package dev.bcfkit.examples.cli;

import dev.bcfkit.core.funding.Contribution;
import dev.bcfkit.core.funding.PooledBudget;

/**
 * The contributions to a 2017-19 pooled budget by source and year ({@code [002:667-688]}): the
 * minimum NHS (CCG) contribution, the Disabled Facilities Grant, the improved Better Care Fund and
 * any additional local authority or CCG contribution, each with its contributor. An amount the
 * document does not give shows as blank.
 */
final class ContributionsSection {
    private ContributionsSection() {
    }

    /**
     * @param b the page
     * @param budget the pooled budget
     */
    static void write(StringBuilder b, PooledBudget budget) {
        BoardSection.open(b, "contributions", "Contributions to the pooled budget");
        if (budget.contributions().isEmpty()) {
            b.append(BoardSection.blank("The document lists no contributions."));
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"contributions\">\n<thead><tr><th scope=\"col\">Source</th>"
                + "<th scope=\"col\">Year</th><th scope=\"col\">Contributor</th><th scope=\"col\">Amount</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Contribution c : budget.contributions()) {
            if (c == null) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(BoardCell.text(c.source() == null ? null : c.source().label()))
                    .append("</th><td>").append(BoardCell.text(c.year() == null ? null : c.year().toString()))
                    .append("</td><td>").append(BoardCell.text(c.contributor())).append("</td><td class=\"number\">")
                    .append(BoardCell.money(c.amount())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }
}
