package dev.bcfkit.testkit;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.RedBag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The 2017-19 High Impact Change Model sheet ({@code [000:218-242]}, {@code [004:62-95]}): all
 * eight changes in template order, each with a maturity for the return's own quarter (the
 * current column, whatever its label, {@code [004:94]}) and every later quarter of the year,
 * never decreasing, and a rationale whenever a level is Mature or Exemplary ({@code [000:221]});
 * and the Red Bag scheme, with alternative mitigations when it is not yet established in any
 * quarter ({@code [000:239]}).
 */
final class ImpactChanges {
    private ImpactChanges() {
    }

    /**
     * @param period the reporting period
     * @return the current quarter and the later quarters of its year, in order
     */
    static List<ReportingPeriod> columns(ReportingPeriod period) {
        List<ReportingPeriod> columns = new ArrayList<>();
        for (int q = period.quarter().number(); q <= 4; q++) {
            columns.add(ReportingPeriod.of(period.year(), Quarter.of(q)));
        }
        return columns;
    }

    /**
     * @param period the reporting period
     * @return non-decreasing maturity levels, one per column; shrinks to "Not yet established" throughout
     */
    static Arbitrary<SortedMap<ReportingPeriod, MaturityLevel>> maturities(ReportingPeriod period) {
        List<ReportingPeriod> columns = columns(period);
        return Arbitraries.of(MaturityLevel.class).list().ofSize(columns.size()).map(levels -> {
            List<MaturityLevel> sorted = new ArrayList<>(levels);
            Collections.sort(sorted);
            SortedMap<ReportingPeriod, MaturityLevel> m = new TreeMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), sorted.get(i));
            }
            return m;
        });
    }

    /**
     * @param change a change
     * @param period the reporting period
     * @return a complete row for that change
     */
    static Arbitrary<ChangeAssessment> change(HighImpactChange change, ReportingPeriod period) {
        return Combinators.combine(maturities(period), Texts.upTo(1_000), Texts.upTo(1_000), Texts.upTo(1_000),
                Texts.upTo(1_000)).as((maturity, rationale, challenges, milestones, support) -> new ChangeAssessment(
                        change, maturity, needsRationale(maturity) ? rationale : null, challenges, milestones,
                        support));
    }

    /**
     * @param maturity a row's levels
     * @return whether any level is Mature or Exemplary
     */
    static boolean needsRationale(SortedMap<ReportingPeriod, MaturityLevel> maturity) {
        return maturity.values().stream().anyMatch(MaturityLevel::requiresRationale);
    }

    /**
     * @param period the reporting period
     * @return a complete Red Bag row
     */
    static Arbitrary<RedBag> redBag(ReportingPeriod period) {
        return Combinators.combine(maturities(period), Texts.upTo(1_000), Texts.upTo(1_000), Texts.upTo(1_000),
                Texts.upTo(1_000)).as((maturity, mitigations, challenges, achievements, support) -> new RedBag(
                        maturity, notEstablished(maturity) ? mitigations : null, challenges, achievements, support));
    }

    /**
     * @param maturity a row's levels
     * @return whether every level is "Not yet established"
     */
    static boolean notEstablished(SortedMap<ReportingPeriod, MaturityLevel> maturity) {
        return maturity.values().stream().allMatch(l -> l == MaturityLevel.NOT_YET_ESTABLISHED);
    }

    /**
     * @param period a 2017-19 reporting period
     * @return a complete sheet
     */
    static Arbitrary<HighImpactChangeModel> model(ReportingPeriod period) {
        List<Arbitrary<ChangeAssessment>> rows = new ArrayList<>();
        for (HighImpactChange c : HighImpactChange.values()) {
            rows.add(change(c, period));
        }
        return Combinators.combine(Combinators.combine(rows).as(List::copyOf), redBag(period))
                .as(HighImpactChangeModel::new);
    }
}
