package dev.bcfkit.rules.returns;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.Text;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.Pointer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The 2017-19 High Impact Change Model sheet ({@code [000:218-242]}, {@code [004:62-95]}): the
 * eight changes and the Red Bag row, a maturity level for the current quarter and each planned
 * quarter of the year, a rationale for "Mature" or "Exemplary" ({@code [000:221]}), and
 * alternative mitigations where there is no plan for a Red Bag scheme ({@code [000:239]}). The
 * current quarter is the return's own period, whatever the column's label says (Dorset labels it
 * "(Planned)" on the Red Bag row, {@code [004:94]}); planned quarters are the rest of the
 * financial year ({@code [000:221]}: "Q2 17/18 (Current) · Q3 17/18 (Planned) · Q4 17/18 (Planned)").
 * "This model is not designed to be a performance management tool" ({@code [002:2783]}): levels
 * are recorded and the template's own rules checked, never scored.
 */
final class HicmRules {
    private HicmRules() {
    }

    /** @return the HICM rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(ALL_CHANGES, CHANGE_DUPLICATE, MATURITY_CURRENT, MATURITY_PLANNED, RATIONALE, RATIONALE_PLANNED,
                PLANNED_BELOW_CURRENT, FALLS_BACK, REDBAG_MITIGATIONS);
    }

    /**
     * @param current the return's period
     * @return the planned quarters: the later quarters of the same financial year, in order
     */
    static List<ReportingPeriod> planned(ReportingPeriod current) {
        List<ReportingPeriod> planned = new ArrayList<>();
        for (ReportingPeriod p = current.next(); p.year().equals(current.year()); p = p.next()) {
            planned.add(p);
        }
        return planned;
    }

    /** The eight changes and the Red Bag row are there. */
    static final Rule<QuarterlyReturn> ALL_CHANGES = Rule.on(QuarterlyReturn.class, "HICM-ALL-CHANGES")
            .requirements("R14", "R64")
            .title("The eight high impact changes are each reported, and the Red Bag scheme row is present")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:222-233], [004:80-88] \"Chg 1\" to \"Chg 8\"; [002:2770] \"The model identifies eight system"
                    + " changes\"; [000:241], [004:95] \"UEC Red Bag scheme\". A WARNING: a missing row is a blank"
                    + " part of the sheet, an incomplete return; a change reported twice is HICM-CHANGE-DUPLICATE's")
            .check((r, ctx, emit) -> {
                HighImpactChangeModel m = r.highImpactChangeModel();
                if (m == null) {
                    return;
                }
                Map<HighImpactChange, Integer> firstRow = firstRows(m.changes());
                for (HighImpactChange c : HighImpactChange.values()) {
                    if (!firstRow.containsKey(c)) {
                        emit.report(Pointer.of("highImpactChangeModel", "changes"), "change " + c.number() + " \""
                                + c.label() + "\" is missing");
                    }
                }
                if (m.redBag() == null) {
                    emit.report(Pointer.of("highImpactChangeModel", "redBag"), "the Red Bag scheme row is missing");
                }
            });

    /** No change has two rows. */
    static final Rule<QuarterlyReturn> CHANGE_DUPLICATE = Rule.on(QuarterlyReturn.class, "HICM-CHANGE-DUPLICATE")
            .requirements("R64")
            .title("No high impact change is reported twice")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2017_19)
            .statedOnlyIn(ReturnEditions::shown, ReturnEditions.SHOWN)
            .source("[000:222-233], [004:80-88] the template prints one row for each change, \"Chg 1\" to \"Chg 8\","
                    + " so a second row for a change cannot come from it: a present, wrong row, not a blank one")
            .check((r, ctx, emit) -> {
                HighImpactChangeModel m = r.highImpactChangeModel();
                if (m == null) {
                    return;
                }
                Map<HighImpactChange, Integer> firstRow = firstRows(m.changes());
                List<ChangeAssessment> rows = m.changes();
                for (int i = 0; i < rows.size(); i++) {
                    HighImpactChange c = rows.get(i).change();
                    if (c != null && firstRow.get(c) != i) {
                        emit.report(Pointer.of("highImpactChangeModel", "changes", i, "change"), "change " + c.number()
                                + " \"" + c.label() + "\" appears more than once; it is already at "
                                + Pointer.of("highImpactChangeModel", "changes", firstRow.get(c)));
                    }
                }
            });

    /**
     * @param rows the change rows
     * @return each change named in them, with the index of its first row
     */
    private static Map<HighImpactChange, Integer> firstRows(List<ChangeAssessment> rows) {
        Map<HighImpactChange, Integer> firstRow = new EnumMap<>(HighImpactChange.class);
        for (int i = 0; i < rows.size(); i++) {
            HighImpactChange c = rows.get(i).change();
            if (c != null) {
                firstRow.putIfAbsent(c, i);
            }
        }
        return firstRow;
    }

    /** A level for the return's own quarter. */
    static final Rule<QuarterlyReturn> MATURITY_CURRENT = Rule.on(QuarterlyReturn.class, "HICM-MATURITY-CURRENT")
            .requirements("R65")
            .title("Every change and the Red Bag scheme have a maturity level for the return's own quarter")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:221] \"Maturity assessment ... Q2 17/18 (Current)\"; [004:79]; [004:94] the current Red Bag"
                    + " column is labelled \"(Planned)\" but is the return's own quarter")
            .check((r, ctx, emit) -> rows(r, (path, name, maturity) -> {
                if (ctx.period() != null && maturity.get(ctx.period()) == null) {
                    emit.report(Pointer.append(path.get(), "maturity"),
                            name.get() + " has no maturity level for the current"
                            + " quarter " + ctx.period().templateLabel());
                }
            }));

    /** A level for each planned quarter. */
    static final Rule<QuarterlyReturn> MATURITY_PLANNED = Rule.on(QuarterlyReturn.class, "HICM-MATURITY-PLANNED")
            .requirements("R65")
            .title("Every change and the Red Bag scheme have a maturity level for each planned quarter of the year")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:221] \"Q3 17/18 (Planned) · Q4 17/18 (Planned)\"; [004:79]: the template has a column for"
                    + " each planned quarter; a blank one is an incomplete return")
            .check((r, ctx, emit) -> rows(r, (path, name, maturity) -> {
                if (ctx.period() == null) {
                    return;
                }
                for (ReportingPeriod p : planned(ctx.period())) {
                    if (maturity.get(p) == null) {
                        emit.report(Pointer.append(path.get(), "maturity"),
                                name.get() + " has no maturity level for the planned"
                                + " quarter " + p.templateLabel());
                    }
                }
            }));

    /** "Mature" or "Exemplary" now needs a rationale. */
    static final Rule<QuarterlyReturn> RATIONALE = Rule.on(QuarterlyReturn.class, "HICM-RATIONALE")
            .requirements("R66")
            .title("A change assessed \"Mature\" or \"Exemplary\" in the current quarter has a rationale")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:221], [004:78] \"If 'Mature' or 'Exemplary', please provide further rationale to support"
                    + " this assessment\""
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> changes(r, (path, name, row) -> {
                MaturityLevel now = ctx.period() == null ? null : row.maturity().get(ctx.period());
                if (now != null && now.requiresRationale() && Text.isBlank(row.rationale())) {
                    emit.report(Pointer.append(path.get(), "rationale"), name.get() + " is assessed \"" + now.label()
                            + "\" for the current quarter " + ctx.period().templateLabel()
                            + " without a rationale to support this assessment");
                }
            }));

    /** "Mature" or "Exemplary" planned deserves a rationale. */
    static final Rule<QuarterlyReturn> RATIONALE_PLANNED = Rule.on(QuarterlyReturn.class, "HICM-RATIONALE-PLANNED")
            .requirements("R66")
            .title("A change planned to be \"Mature\" or \"Exemplary\" has a rationale")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:221] the rationale column follows all the quarter columns; whether planned quarters need it"
                    + " is not stated, so a planned \"Mature\" or \"Exemplary\" without one is a warning")
            .check((r, ctx, emit) -> changes(r, (path, name, row) -> {
                if (ctx.period() == null || !Text.isBlank(row.rationale())) {
                    return;
                }
                MaturityLevel now = row.maturity().get(ctx.period());
                if (now != null && now.requiresRationale()) {
                    return;
                }
                for (ReportingPeriod p : planned(ctx.period())) {
                    MaturityLevel level = row.maturity().get(p);
                    if (level != null && level.requiresRationale()) {
                        emit.report(Pointer.append(path.get(), "rationale"),
                                name.get() + " is planned to be \"" + level.label()
                                + "\" in " + p.templateLabel() + " without a rationale to support this assessment");
                        return;
                    }
                }
            }));

    /** A planned level below the current one. */
    static final Rule<QuarterlyReturn> PLANNED_BELOW_CURRENT = Rule.on(QuarterlyReturn.class,
            "HICM-PLANNED-BELOW-CURRENT")
            .requirements("R65")
            .title("No planned quarter's maturity is below the current quarter's")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("Derived, not stated in the template: [000:221] shows the current and planned maturity side by"
                    + " side, and a plan to fall back below today's level is unusual enough to check")
            .derived()
            .check((r, ctx, emit) -> rows(r, (path, name, maturity) -> {
                MaturityLevel now = ctx.period() == null ? null : maturity.get(ctx.period());
                if (now == null) {
                    return;
                }
                for (ReportingPeriod p : planned(ctx.period())) {
                    MaturityLevel level = maturity.get(p);
                    if (level != null && level.compareTo(now) < 0) {
                        emit.report(Pointer.append(path.get(), "maturity", p.toString()),
                                name.get() + " is planned at \""
                                + level.label() + "\" for " + p.templateLabel() + ", below \"" + now.label()
                                + "\" in the current quarter " + ctx.period().templateLabel());
                    }
                }
            }));

    /**
     * HICM-MATURITY-FALLS-BACK: a change's maturity does not fall back a level from one quarter
     * to the next within the return, such as "Established" in Q4 17/18 and "Plans in place" in
     * Q1 18/19 ({@code [004:79]} shows five quarters side by side). Derived, so a WARNING: no paper
     * forbids it, but a system change that goes backwards is news a board wants to see explained.
     * Quarters compared are consecutive ones that both have a level; a planned quarter below the
     * current one is HICM-PLANNED-BELOW-CURRENT's finding, not reported again here.
     */
    static final Rule<QuarterlyReturn> FALLS_BACK = Rule.on(QuarterlyReturn.class, "HICM-MATURITY-FALLS-BACK")
            .requirements("R14", "R65")
            .title("No change's maturity falls back a level from one quarter to the next")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("Derived: [004:79] shows each change's maturity for Q4 17/18, Q1 18/19, Q2 18/19 (Current) and"
                    + " the planned quarters side by side, [000:221] the current and planned ones; no paper forbids a"
                    + " change going back (e.g. \"Established\" to \"Plans in place\"), but it deserves an explanation")
            .derived()
            .check((r, ctx, emit) -> rows(r, (path, name, maturity) -> {
                MaturityLevel now = ctx.period() == null ? null : maturity.get(ctx.period());
                ReportingPeriod before = null;
                for (Map.Entry<ReportingPeriod, MaturityLevel> e : maturity.entrySet()) {
                    ReportingPeriod p = e.getKey();
                    MaturityLevel level = e.getValue();
                    if (level == null) {
                        continue;
                    }
                    MaturityLevel earlier = before == null ? null : maturity.get(before);
                    boolean plannedBelowNow = now != null && p.compareTo(ctx.period()) > 0 && level.compareTo(now) < 0;
                    if (earlier != null && level.compareTo(earlier) < 0 && !plannedBelowNow) {
                        emit.report(Pointer.append(path.get(), "maturity", p.toString()),
                                name.get() + " falls back from \""
                                + earlier.label() + "\" in " + before.templateLabel() + " to \"" + level.label()
                                + "\" in " + p.templateLabel());
                    }
                    before = p;
                }
            }));

    /** No plan for a Red Bag scheme needs alternative mitigations. */
    static final Rule<QuarterlyReturn> REDBAG_MITIGATIONS = Rule.on(QuarterlyReturn.class, "REDBAG-MITIGATIONS")
            .requirements("R67")
            .title("With no plan to implement a Red Bag scheme, alternative mitigations are described")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2017_19)
            .source("[000:239] \"If there are no plans to implement such a scheme, please provide a narrative on"
                    + " alternative mitigations in place to support improved communications in hospital transfer"
                    + " arrangements for social care residents.\"; [004:94]"
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> {
                RedBag bag = r.highImpactChangeModel() == null ? null : r.highImpactChangeModel().redBag();
                if (bag == null || ctx.period() == null || !noPlan(bag.maturity(), ctx.period())
                        || !Text.isBlank(bag.alternativeMitigations())) {
                    return;
                }
                emit.report(Pointer.of("highImpactChangeModel", "redBag", "alternativeMitigations"), "the Red Bag"
                        + " scheme is \"" + MaturityLevel.NOT_YET_ESTABLISHED.label() + "\" now and in every planned"
                        + " quarter, so describe the alternative mitigations in place to support communications in"
                        + " hospital transfers of social care residents");
            });

    /**
     * @param maturity the Red Bag row's levels
     * @param current the return's period
     * @return whether there is no plan to implement: "Not yet established" in the current quarter
     *     and in every planned quarter that has a level
     */
    static boolean noPlan(SortedMap<ReportingPeriod, MaturityLevel> maturity, ReportingPeriod current) {
        if (maturity.get(current) != MaturityLevel.NOT_YET_ESTABLISHED) {
            return false;
        }
        for (ReportingPeriod p : planned(current)) {
            MaturityLevel level = maturity.get(p);
            if (level != null && level != MaturityLevel.NOT_YET_ESTABLISHED) {
                return false;
            }
        }
        return true;
    }

    /** Visits a change row. */
    @FunctionalInterface
    interface ChangeVisitor {
        void visit(Supplier<String> path, Supplier<String> name, ChangeAssessment row);
    }

    /** Visits a change row or the Red Bag row, by its maturity levels. */
    @FunctionalInterface
    interface MaturityVisitor {
        void visit(Supplier<String> path, Supplier<String> name, SortedMap<ReportingPeriod, MaturityLevel> maturity);
    }

    private static void changes(QuarterlyReturn r, ChangeVisitor visitor) {
        HighImpactChangeModel m = r.highImpactChangeModel();
        if (m == null) {
            return;
        }
        for (int i = 0; i < m.changes().size(); i++) {
            ChangeAssessment row = m.changes().get(i);
            int index = i;
            // the path and name are built only for a row that has a finding
            visitor.visit(() -> Pointer.of("highImpactChangeModel", "changes", index), () -> name(row, index), row);
        }
    }

    private static void rows(QuarterlyReturn r, MaturityVisitor visitor) {
        changes(r, (path, name, row) -> visitor.visit(path, name, row.maturity()));
        HighImpactChangeModel m = r.highImpactChangeModel();
        if (m != null && m.redBag() != null) {
            visitor.visit(() -> Pointer.of("highImpactChangeModel", "redBag"), () -> "the Red Bag scheme",
                    m.redBag().maturity());
        }
    }

    private static String name(ChangeAssessment row, int index) {
        return row.change() == null ? "the change at row " + index
                : "change " + row.change().number() + " \"" + row.change().label() + "\"";
    }
}
