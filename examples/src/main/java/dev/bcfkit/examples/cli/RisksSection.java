package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.Risk;
import dev.bcfkit.core.plan.RiskLevel;
import java.util.Locale;

/**
 * Section 4 "Risks" of a 2014 BCF plan ({@code [003:681-718]}): each risk with its planning
 * unit, its impact and likelihood, and the mitigating actions. A rating the plan does not give
 * shows as blank; a high impact marks its row {@code risk-high}.
 */
final class RisksSection {
    private RisksSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "risks", "Risks");
        if (plan.risks().isEmpty()) {
            b.append(BoardSection.blank("The plan lists no risks."));
            BoardSection.close(b);
            return;
        }
        b.append("<table class=\"risks\">\n<thead><tr><th scope=\"col\">Risk</th><th scope=\"col\">Planning unit</th>"
                + "<th scope=\"col\">Impact</th><th scope=\"col\">Likelihood</th>"
                + "<th scope=\"col\">Mitigating actions</th></tr></thead>\n<tbody>\n");
        for (Risk r : plan.risks()) {
            if (r == null) {
                continue;
            }
            b.append("<tr class=\"risk").append(r.impact() == RiskLevel.HIGH ? " risk-high" : "")
                    .append("\"><th scope=\"row\">").append(BoardSection.prose(r.description())).append("</th><td>")
                    .append(BoardCell.text(r.planningUnit())).append("</td><td>").append(level(r.impact()))
                    .append("</td><td>").append(level(r.likelihood())).append("</td><td>")
                    .append(BoardSection.prose(r.mitigatingActions())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        BoardSection.close(b);
    }

    private static String level(RiskLevel level) {
        if (level == null) {
            return BoardCell.BLANK;
        }
        String name = level.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
