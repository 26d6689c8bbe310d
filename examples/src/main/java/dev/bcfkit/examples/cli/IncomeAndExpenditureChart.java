package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.FundFlow;
import dev.bcfkit.core.returns.FundRow;
import dev.bcfkit.core.returns.QuarterlyFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An inline SVG bar chart of one row group of the income and expenditure grid
 * ({@code [002:1022-1027]}): for each quarter, three bars, plan, forecast and actual, one
 * {@code <g class="series">} per row. A blank cell draws no bar (blank is not zero); negative
 * figures, which the rules report, draw below the zero line. Every bar carries a
 * {@code <title>} with the exact amount.
 */
final class IncomeAndExpenditureChart {
    private static final int WIDTH = 560;
    private static final int HEIGHT = 250;
    private static final int LEFT = 96;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final int BAR = 26;
    private static final int GAP = 4;

    private IncomeAndExpenditureChart() {
    }

    /**
     * @param title the chart's title, such as "Expenditure"
     * @param flow the three rows of figures
     * @param period the return's period, for the quarter labels
     * @return the SVG element
     */
    static String svg(String title, FundFlow flow, ReportingPeriod period) {
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (FundRow row : FundRow.values()) {
            QuarterlyFigures figures = figures(flow, row);
            for (Quarter q : Quarter.values()) {
                Money m = figures.get(q);
                if (m != null) {
                    max = max.max(m.amount());
                    min = min.min(m.amount());
                }
            }
        }
        BigDecimal span = max.subtract(min);
        if (span.signum() == 0) {
            span = BigDecimal.ONE;
        }
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        BigDecimal zeroY = y(BigDecimal.ZERO, max, span, plotHeight);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append(" by quarter: plan, forecast and actual\">\n");
        b.append("<title>").append(Html.escape(title)).append(" by quarter: plan, forecast and actual</title>\n");
        b.append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"chart-title\">").append(Html.escape(title))
                .append("</text>\n");
        // Axis: top (largest), zero line, bottom (smallest) labels.
        b.append(gridLine(TOP, max));
        if (min.signum() < 0) {
            b.append(gridLine(TOP + plotHeight, min));
        }
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(zeroY.add(BigDecimal.valueOf(TOP)).toPlainString()).append("\" y2=\"")
                .append(zeroY.add(BigDecimal.valueOf(TOP)).toPlainString()).append("\" stroke=\"#505a5f\"/>\n");
        b.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"")
                .append(zeroY.add(BigDecimal.valueOf(TOP + 4)).toPlainString())
                .append("\" text-anchor=\"end\">£0</text>\n");
        int groupWidth = plotWidth / 4;
        for (Quarter q : Quarter.values()) {
            int x = LEFT + groupWidth * (q.number() - 1) + groupWidth / 2;
            String label = period == null ? q.name() : ReportingPeriod.of(period.year(), q).templateLabel();
            b.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(label)).append("</text>\n");
        }
        int seriesIndex = 0;
        for (FundRow row : FundRow.values()) {
            QuarterlyFigures figures = figures(flow, row);
            b.append("<g class=\"series series-").append(row.property()).append("\" data-series=\"")
                    .append(row.property()).append("\" fill=\"").append(colour(row)).append("\">\n");
            for (Quarter q : Quarter.values()) {
                Money m = figures.get(q);
                if (m == null) {
                    continue;
                }
                int groupLeft = LEFT + groupWidth * (q.number() - 1) + (groupWidth - 3 * BAR - 2 * GAP) / 2;
                int x = groupLeft + seriesIndex * (BAR + GAP);
                BigDecimal valueY = y(m.amount(), max, span, plotHeight);
                BigDecimal top = valueY.min(zeroY).add(BigDecimal.valueOf(TOP));
                BigDecimal height = valueY.subtract(zeroY).abs();
                b.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(top.toPlainString())
                        .append("\" width=\"").append(BAR).append("\" height=\"").append(height.toPlainString())
                        .append("\"><title>").append(label(row)).append(' ').append(q.name()).append(": ")
                        .append(Html.escape(m.format())).append("</title></rect>\n");
            }
            b.append("</g>\n");
            seriesIndex++;
        }
        int legendX = LEFT;
        for (FundRow row : FundRow.values()) {
            b.append("<rect class=\"legend series-").append(row.property()).append("\" fill=\"").append(colour(row))
                    .append("\" x=\"").append(legendX)
                    .append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\"/>")
                    .append("<text class=\"tick\" x=\"").append(legendX + 14).append("\" y=\"").append(HEIGHT - 5)
                    .append("\">").append(label(row)).append("</text>\n");
            legendX += 90;
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * @param row a row of the grid
     * @return its label: Plan, Forecast or Actual
     */
    static String label(FundRow row) {
        String p = row.property();
        return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }

    /**
     * The series colour, also set as an attribute so that the chart keeps its colours when the
     * page's style sheet is stripped (as some mail clients do).
     */
    private static String colour(FundRow row) {
        return switch (row) {
            case PLAN -> "#4e79a7";
            case FORECAST -> "#f28e2b";
            case ACTUAL -> "#59a14f";
        };
    }

    private static QuarterlyFigures figures(FundFlow flow, FundRow row) {
        QuarterlyFigures f = flow == null ? null : row.of(flow);
        return f == null ? QuarterlyFigures.BLANK : f;
    }

    private static String gridLine(int y, BigDecimal value) {
        String amount = poundsLabel(value);
        return "<line class=\"grid\" x1=\"" + LEFT + "\" x2=\"" + (WIDTH - RIGHT) + "\" y1=\"" + y + "\" y2=\"" + y
                + "\" stroke=\"#dee0e2\"/>\n<text class=\"tick\" x=\"" + (LEFT - 6) + "\" y=\"" + (y + 4) + "\" text-anchor=\"end\">"
                + Html.escape(amount) + "</text>\n";
    }

    /**
     * An axis label: the amount in whole pounds, half up, written as {@link Money#format} writes
     * money ({@code £13,131,049}, {@code -£5}). Not made through {@code Money}: a cell of
     * £999,999,999,999,999.99, the most a return may hold, rounds to £1,000,000,000,000,000, one
     * digit more than an amount may have, and the label must still be drawn.
     *
     * @param value an amount in pounds
     * @return the label
     */
    static String poundsLabel(BigDecimal value) {
        BigDecimal pounds = value.setScale(0, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        return (pounds.signum() < 0 ? "-£" : "£") + f.format(pounds.abs());
    }

    /** The distance from the top of the plot of a value, to one decimal place of a pixel. */
    private static BigDecimal y(BigDecimal value, BigDecimal max, BigDecimal span, int plotHeight) {
        return max.subtract(value).multiply(BigDecimal.valueOf(plotHeight)).divide(span, 1, RoundingMode.HALF_UP);
    }
}
