package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.NhsContributionUse;
import dev.bcfkit.core.plan.OutOfHospitalShare;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;

/**
 * The answers only a 2017-19 BCF plan gives ({@code [002:395-517]}, Annex A {@code [002:667-688]}):
 * the housing authorities' involvement ({@code [002:672]}), the minimum pooled fund
 * ({@code [002:670]}) and CCG minimum contribution ({@code [002:415]}), what the NHS contribution
 * keeps for reablement, carers' breaks and Care Act duties ({@code [002:419]}), an alternative
 * baseline ({@code [002:673]}), the share for NHS-commissioned out-of-hospital services or a risk
 * share ({@code [002:680-683]}), managing transfers of care ({@code [002:684]}), how the Disabled
 * Facilities Grant will be used ({@code [002:672]}) and integration by 2020 ({@code [002:626]}).
 * The papers print no completed 2017-19 plan, so most answers of the sample show as blank.
 */
final class PlanAnswersSection {
    private PlanAnswersSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, PolicyFrameworkPlan plan) {
        BoardSection.open(b, "plan-answers", "The plan's answers");
        b.append("<dl class=\"facts plan-answers\">\n");
        BoardCell.fact(b, "Housing authorities involved", BoardCell.yesNo(plan.housingAuthoritiesInvolved()));
        BoardCell.fact(b, "Alternative baseline", BoardCell.yesNo(plan.alternativeBaseline()));
        if (plan.alternativeBaseline() != null || plan.alternativeBaselineAgreed() != null) {
            BoardCell.fact(b, "Alternative baseline agreed by the Integration Partnership Board",
                    BoardCell.yesNo(plan.alternativeBaselineAgreed()));
        }
        b.append("</dl>\n");
        BoardCell.yearTable(b, "Minimum pooled fund", plan.minimumPooledFund());
        BoardCell.yearTable(b, "CCG minimum contribution", plan.ccgMinimumContribution());
        uses(b, plan);
        outOfHospital(b, plan);
        b.append("<dl class=\"facts plan-prose\">\n");
        BoardCell.fact(b, "Managing transfers of care", BoardSection.prose(plan.transfersOfCare()));
        BoardCell.fact(b, "Use of the Disabled Facilities Grant", BoardSection.prose(plan.disabledFacilitiesGrantUse()));
        BoardCell.fact(b, "Integration by 2020", BoardSection.prose(plan.integrationBy2020()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }

    private static void uses(StringBuilder b, PolicyFrameworkPlan plan) {
        if (plan.nhsContributionUses().isEmpty()) {
            b.append("<p>NHS contribution kept for reablement, carers' breaks and Care Act duties: ")
                    .append(BoardCell.BLANK).append("</p>\n");
            return;
        }
        b.append("<table class=\"nhs-uses\">\n<caption>NHS contribution kept for</caption>\n<thead><tr>"
                + "<th scope=\"col\">Year</th><th scope=\"col\">Reablement</th><th scope=\"col\">Carers&#39; breaks</th>"
                + "<th scope=\"col\">Care Act duties</th></tr></thead>\n<tbody>\n");
        for (NhsContributionUse u : plan.nhsContributionUses()) {
            if (u != null) {
                b.append("<tr><th scope=\"row\">").append(Html.escape(String.valueOf(u.year())))
                        .append("</th><td class=\"number\">").append(BoardCell.money(u.reablement()))
                        .append("</td><td class=\"number\">").append(BoardCell.money(u.carersBreaks()))
                        .append("</td><td class=\"number\">").append(BoardCell.money(u.careActDuties()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void outOfHospital(StringBuilder b, PolicyFrameworkPlan plan) {
        if (plan.outOfHospital().isEmpty()) {
            b.append("<p>Share for NHS-commissioned out-of-hospital services: ").append(BoardCell.BLANK)
                    .append("</p>\n");
            return;
        }
        b.append("<table class=\"out-of-hospital\">\n<caption>Share for NHS-commissioned out-of-hospital services"
                + "</caption>\n<thead><tr><th scope=\"col\">Year</th><th scope=\"col\">Share</th>"
                + "<th scope=\"col\">Commissioned</th><th scope=\"col\">Risk share</th></tr></thead>\n<tbody>\n");
        for (OutOfHospitalShare s : plan.outOfHospital()) {
            if (s != null) {
                b.append("<tr><th scope=\"row\">").append(Html.escape(String.valueOf(s.year())))
                        .append("</th><td class=\"number\">").append(BoardCell.money(s.share()))
                        .append("</td><td class=\"number\">").append(BoardCell.money(s.commissioned()))
                        .append("</td><td class=\"number\">").append(BoardCell.money(s.riskShare()))
                        .append("</td></tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
    }
}
