package dev.bcfkit.examples.cli;

import dev.bcfkit.core.funding.ImprovedBcf;
import dev.bcfkit.core.funding.ImprovedBcf.SpendForecast;
import dev.bcfkit.core.funding.PooledBudget;

/**
 * The improved Better Care Fund grant of a 2017-19 pooled budget ({@code [002:469-485]}): the
 * allocation by year and the stated total (Nottinghamshire's "£16.06m in 2017/18, £21.56m in
 * 2018/19 and £26.51m in 2019/20", {@code [000:42]}), the amount pooled by year, a Ministerial
 * exemption ({@code [002:477]}), and the year's spending forecast with the one-off funding left
 * ({@code [000:53]}). A figure the document does not give shows as blank.
 */
final class ImprovedBcfGrantSection {
    private ImprovedBcfGrantSection() {
    }

    /**
     * @param b the page
     * @param budget the pooled budget
     */
    static void write(StringBuilder b, PooledBudget budget) {
        BoardSection.open(b, "improved-bcf", "Improved Better Care Fund");
        ImprovedBcf i = budget.improvedBcf();
        if (i == null) {
            b.append(BoardSection.blank("The document does not give the improved Better Care Fund grant."));
            BoardSection.close(b);
            return;
        }
        BoardCell.yearTable(b, "Allocation", i.allocations());
        b.append("<dl class=\"facts improved-bcf\">\n");
        BoardCell.fact(b, "Stated total", BoardCell.money(i.statedTotal()));
        if (i.ministerialExemption()) {
            BoardCell.fact(b, "Ministerial exemption from pooling", "Yes");
        }
        b.append("</dl>\n");
        BoardCell.yearTable(b, "Pooled", i.pooled());
        SpendForecast f = i.spendForecast();
        if (f != null) {
            b.append("<dl class=\"facts spend-forecast\">\n");
            BoardCell.fact(b, "Forecast year", BoardCell.text(f.year() == null ? null : f.year().toString()));
            BoardCell.fact(b, "Allocation for the year", BoardCell.money(f.allocation()));
            BoardCell.fact(b, "Forecast spend", BoardCell.money(f.forecastSpend()));
            BoardCell.fact(b, "Available as one-off funding", BoardCell.money(f.oneOffAvailable()));
            b.append("</dl>\n");
        }
        BoardSection.close(b);
    }
}
