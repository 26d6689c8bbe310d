package dev.bcfkit.examples.cli;

import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.AdditionalMeasures.IntegratedCareTeams;
import dev.bcfkit.core.returns.AdditionalMeasures.OpenApiProgress;
import dev.bcfkit.core.returns.AdditionalMeasures.PersonalHealthBudgets;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The 2016/17 "Additional Measures" tab of a quarterly return ({@code [002:1084-1153]}): the NHS
 * Number as the consistent identifier and for retrieving information in each care setting, how
 * information is shared from each setting to each other, progress towards Open APIs, the digital
 * integrated care record pilot, personal health budgets and integrated care teams. Written only for
 * a return that has the tab; a cell the return leaves blank shows as blank.
 */
final class AdditionalMeasuresSection {
    private AdditionalMeasuresSection() {
    }

    /**
     * @param b the page
     * @param r the return
     */
    static void write(StringBuilder b, QuarterlyReturn r) {
        AdditionalMeasures m = r.additionalMeasures();
        if (m == null) {
            return;
        }
        BoardSection.open(b, "additional-measures", "Additional measures");
        b.append("<table class=\"nhs-number\">\n<caption>NHS Number</caption>\n<thead><tr><th scope=\"col\">Measure</th>");
        settingsHeader(b);
        b.append("</tr></thead>\n<tbody>\n");
        yesNoRow(b, "Used as the consistent identifier on all relevant correspondence", m.nhsNumberOnCorrespondence());
        yesNoRow(b, "Staff can retrieve relevant information using the NHS Number", m.nhsNumberRetrieval());
        b.append("</tbody>\n</table>\n");
        b.append("<table class=\"data-sharing\">\n<caption>Data sharing, from (rows) to (columns)</caption>\n"
                + "<thead><tr><th scope=\"col\">From</th>");
        settingsHeader(b);
        b.append("</tr></thead>\n<tbody>\n");
        for (CareSetting from : CareSetting.values()) {
            Map<CareSetting, String> to = m.dataSharing().get(from);
            b.append("<tr><th scope=\"row\">").append(Html.escape(from.label())).append("</th>");
            for (CareSetting s : CareSetting.values()) {
                b.append("<td>").append(BoardCell.text(to == null ? null : to.get(s))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n<table class=\"open-apis\">\n<caption>Progress towards Open APIs</caption>\n"
                + "<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\">Projected go-live</th></tr></thead>\n<tbody>\n");
        for (CareSetting s : CareSetting.values()) {
            OpenApiProgress p = m.openApiProgress().get(s);
            b.append("<tr><th scope=\"row\">").append(Html.escape(s.label())).append("</th><td>")
                    .append(BoardCell.text(p == null ? null : p.status())).append("</td><td>")
                    .append(BoardCell.text(p == null ? null : p.projectedGoLive())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<dl class=\"facts additional-measures\">\n");
        BoardCell.fact(b, "Digital integrated care record pilot", BoardCell.text(m.integratedCareRecordPilot()));
        PersonalHealthBudgets phb = m.personalHealthBudgets();
        BoardCell.fact(b, "Personal health budgets in place", count(phb == null ? null : phb.total()));
        BoardCell.fact(b, "New in the quarter", count(phb == null ? null : phb.newInQuarter()));
        BoardCell.fact(b, "Stopped in the quarter", count(phb == null ? null : phb.stoppedInQuarter()));
        BoardCell.fact(b, "In NHS Continuing Healthcare", number(phb == null ? null
                : phb.percentInContinuingHealthcare(), "%"));
        BoardCell.fact(b, "Rate per 100,000 population, as shown", number(phb == null ? null : phb.ratePer100kShown(), ""));
        IntegratedCareTeams teams = m.integratedCareTeams();
        BoardCell.fact(b, "Integrated care teams, non-acute", BoardCell.text(teams == null ? null : teams.nonAcute()));
        BoardCell.fact(b, "Integrated care teams, acute", BoardCell.text(teams == null ? null : teams.acute()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }

    private static void settingsHeader(StringBuilder b) {
        for (CareSetting s : CareSetting.values()) {
            b.append("<th scope=\"col\">").append(Html.escape(s.label())).append("</th>");
        }
    }

    private static void yesNoRow(StringBuilder b, String measure, Map<CareSetting, dev.bcfkit.core.YesNo> answers) {
        b.append("<tr><th scope=\"row\">").append(Html.escape(measure)).append("</th>");
        for (CareSetting s : CareSetting.values()) {
            b.append("<td>").append(BoardCell.yesNo(answers.get(s))).append("</td>");
        }
        b.append("</tr>\n");
    }

    private static String count(Long n) {
        return n == null ? BoardCell.BLANK : Html.escape(String.format(java.util.Locale.UK, "%,d", n));
    }

    private static String number(BigDecimal n, String suffix) {
        return n == null ? BoardCell.BLANK : Html.escape(n.toPlainString() + suffix);
    }
}
