package dev.bcfkit.examples.cli;

import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.rules.Report;

/**
 * The High Impact Change Model of a 2017/18 or 2018/19 return: the {@link MaturityGrid}, then for
 * each change the words the template asks for beside its maturity, the rationale for "Mature" or
 * "Exemplary", "Challenges", "Milestones met during the quarter / Observed impact" and "Support
 * needs" ({@code [000:221]}), and for the Red Bag scheme the alternative mitigations,
 * "Challenges", "Achievements / Impact" and "Support needs" ({@code [000:239]}).
 */
final class ChangeModelSection {
    private ChangeModelSection() {
    }

    /**
     * @param b the page
     * @param r the return
     * @param report its report, for the edition
     */
    static void write(StringBuilder b, QuarterlyReturn r, Report report) {
        BoardSection.open(b, "high-impact-change-model", "High Impact Change Model");
        HighImpactChangeModel model = r.highImpactChangeModel();
        if (model == null) {
            b.append(BoardSection.blank(report.edition().isPolicy2017To19()
                    ? "The return does not give the High Impact Change Model."
                    : "The " + report.edition().label()
                            + " has no High Impact Change Model (it was introduced for 2017-19)."));
            BoardSection.close(b);
            return;
        }
        b.append(MaturityGrid.table(model, r.period()));
        StringBuilder words = new StringBuilder();
        for (ChangeAssessment a : model.changes()) {
            if (a == null || a.change() == null) {
                continue;
            }
            StringBuilder dl = new StringBuilder();
            BoardSection.labelledProse(dl, "Rationale for Mature or Exemplary", a.rationale());
            BoardSection.labelledProse(dl, "Challenges", a.challenges());
            BoardSection.labelledProse(dl, "Milestones met during the quarter / Observed impact", a.milestones());
            BoardSection.labelledProse(dl, "Support needs", a.supportNeeds());
            entry(words, a.change().number() + ". " + a.change().label(), dl);
        }
        RedBag redBag = model.redBag();
        if (redBag != null) {
            StringBuilder dl = new StringBuilder();
            BoardSection.labelledProse(dl, "Alternative mitigations", redBag.alternativeMitigations());
            BoardSection.labelledProse(dl, "Challenges", redBag.challenges());
            BoardSection.labelledProse(dl, "Achievements / Impact", redBag.achievements());
            BoardSection.labelledProse(dl, "Support needs", redBag.supportNeeds());
            entry(words, "Red Bag scheme", dl);
        }
        b.append("<h3>Commentary</h3>\n").append(words.length() == 0
                ? BoardSection.blank("The return gives no commentary on the changes.") : words);
        BoardSection.close(b);
    }

    private static void entry(StringBuilder words, String title, StringBuilder dl) {
        if (dl.length() > 0) {
            words.append("<div class=\"change-commentary\">\n<h4>").append(Html.escape(title))
                    .append("</h4>\n<dl class=\"commentary\">\n").append(dl).append("</dl>\n</div>\n");
        }
    }
}
