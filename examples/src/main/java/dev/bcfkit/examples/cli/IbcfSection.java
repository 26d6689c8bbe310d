package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.QuarterlyReturn;

/**
 * The "6. Additional improved Better Care Fund" section of a 2018/19 return ({@code [004:145]}):
 * the allocation for the year ({@code [004:151]}), and the average fees paid to external care
 * providers for home care and for care homes with and without nursing, each in its unit (per
 * contact hour, per client per week), last year's and this year's rate and the estimated uplift
 * the return gives; blank cells stay blank, as the template asks ({@code [004:175]}).
 */
final class IbcfSection {
    private IbcfSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        AdditionalIbcf ibcf = r.additionalIbcf();
        if (ibcf == null && r.edition() != Edition.QUARTERLY_2018_19) {
            return; // only the 2018/19 template has the section
        }
        BoardSection.open(b, "ibcf", "Additional improved Better Care Fund and fees");
        if (ibcf == null) {
            b.append(BoardSection.blank("The return does not give the additional improved Better Care Fund section."));
            BoardSection.close(b);
            return;
        }
        b.append("<p>Allocation: ").append(money(ibcf.allocation())).append("</p>\n");
        b.append("<table class=\"fees\">\n<caption>Average fees paid to external care providers</caption>\n"
                + "<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Unit</th>"
                + "<th scope=\"col\">Previous year</th><th scope=\"col\">This year</th>"
                + "<th scope=\"col\">Estimated uplift</th></tr></thead>\n<tbody>\n");
        for (AverageFee fee : ibcf.fees()) {
            if (fee == null || fee.serviceType() == null) {
                continue;
            }
            b.append("<tr><th scope=\"row\">").append(Html.escape(fee.serviceType().label())).append("</th><td>")
                    .append(Html.escape(fee.serviceType().unit())).append("</td><td class=\"number\">")
                    .append(money(fee.previousYearRate())).append("</td><td class=\"number\">")
                    .append(money(fee.currentYearRate())).append("</td><td class=\"number\">")
                    .append(fee.estimatedUpliftPercent() == null ? "<span class=\"blank\">blank</span>"
                            : Html.escape(fee.estimatedUpliftPercent().toPlainString() + "%"))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (ibcf.feeCommentary() != null && !ibcf.feeCommentary().isBlank()) {
            b.append("<dl class=\"commentary\">\n");
            BoardSection.labelledProse(b, "Commentary on fees", ibcf.feeCommentary());
            b.append("</dl>\n");
        }
        BoardSection.close(b);
    }

    private static String money(Money m) {
        return m == null ? "<span class=\"blank\">blank</span>" : Html.escape(m.format());
    }
}
