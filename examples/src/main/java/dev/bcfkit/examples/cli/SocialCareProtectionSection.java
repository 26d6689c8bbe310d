package dev.bcfkit.examples.cli;

import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PlanningUnitAllocation;
import dev.bcfkit.core.plan.SocialCareProtection;
import dev.bcfkit.core.plan.SocialCareProtection.CareBillFunding;

/**
 * National condition a) of a 2014 BCF plan, "Protecting social care services"
 * ({@code [003:592-626]}): the local definition and how services are protected in the plan's
 * words, the allocation to each planning unit by year, the stated total ({@code [003:620]}) and
 * the Care Bill funding ({@code [003:626]}). A figure the plan does not give shows as blank.
 */
final class SocialCareProtectionSection {
    private SocialCareProtectionSection() {
    }

    /**
     * @param b the page
     * @param plan the plan
     */
    static void write(StringBuilder b, Plan plan) {
        BoardSection.open(b, "protecting-social-care", "Protecting social care services");
        SocialCareProtection p = plan.socialCareProtection();
        if (p == null) {
            b.append(BoardSection.blank("The plan does not say how social care services are protected."));
            BoardSection.close(b);
            return;
        }
        b.append("<dl class=\"facts social-care\">\n");
        BoardCell.fact(b, "Local definition of protecting adult social care services",
                BoardSection.prose(p.localDefinition()));
        BoardCell.fact(b, "How social care services will be protected", BoardSection.prose(p.howProtected()));
        b.append("</dl>\n");
        for (PlanningUnitAllocation a : p.allocations()) {
            if (a != null) {
                BoardCell.yearTable(b, a.planningUnit(), a.amounts());
            }
        }
        BoardCell.yearTable(b, "Total", p.total());
        CareBillFunding bill = p.careBill();
        b.append("<dl class=\"facts care-bill\">\n");
        BoardCell.fact(b, "Care Bill funding, revenue", BoardCell.money(bill == null ? null : bill.revenue()));
        BoardCell.fact(b, "Care Bill funding, capital", BoardCell.money(bill == null ? null : bill.capital()));
        BoardCell.fact(b, "Care Bill funding, stated total", BoardCell.money(bill == null ? null : bill.statedTotal()));
        b.append("</dl>\n");
        BoardSection.close(b);
    }
}
