package dev.bcfkit.rules.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.ChangeAssessment;
import dev.bcfkit.core.returns.HighImpactChange;
import dev.bcfkit.core.returns.HighImpactChangeModel;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.RedBag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the High Impact Change Model rules, over one change row (or the Red Bag row) with
 * any maturity levels for the current and planned quarters of a 2017/18 or 2018/19 return of any
 * quarter.
 */
class HicmRulesProperties {

    @Provide
    Arbitrary<QuarterlyReturn> returns() {
        return Arbitraries.of(Quarter.class).flatMap(q -> SampleArbitraries.samples2017To19().map(r -> {
            ReportingPeriod p = ReportingPeriod.of(r.period().year(), q);
            return ReturnEdits.hicm(ReturnEdits.period(r, p), ReturnSamples.hicm(p, MaturityLevel.ESTABLISHED));
        }));
    }

    private static List<ReportingPeriod> asked(QuarterlyReturn r) {
        List<ReportingPeriod> asked = new ArrayList<>();
        asked.add(r.period());
        asked.addAll(HicmRules.planned(r.period()));
        return asked;
    }

    private static QuarterlyReturn withRow(QuarterlyReturn r, int index, Map<ReportingPeriod, MaturityLevel> levels,
            String rationale) {
        List<ChangeAssessment> rows = new ArrayList<>(r.highImpactChangeModel().changes());
        ChangeAssessment row = rows.get(index);
        rows.set(index, ChangeAssessment.of(row.change(), levels, rationale, null, null, null));
        return ReturnEdits.hicm(r, new HighImpactChangeModel(rows, r.highImpactChangeModel().redBag()));
    }

    private static Map<ReportingPeriod, MaturityLevel> levels(QuarterlyReturn r, List<MaturityLevel> chosen) {
        Map<ReportingPeriod, MaturityLevel> m = new TreeMap<>();
        List<ReportingPeriod> asked = asked(r);
        for (int i = 0; i < asked.size(); i++) {
            m.put(asked.get(i), chosen.get(i));
        }
        return m;
    }

    @Property(tries = 300)
    void aPlannedLevelBelowTheCurrentIsWarnedOncePerQuarter(@ForAll("returns") QuarterlyReturn r,
            @ForAll @IntRange(max = 7) int row, @ForAll @Size(4) List<MaturityLevel> chosen) {
        QuarterlyReturn changed = withRow(r, row, levels(r, chosen), "rationale given");
        long below = chosen.subList(1, asked(r).size()).stream().filter(l -> l.compareTo(chosen.get(0)) < 0).count();
        assertEquals(below, Judge.run(HicmRules.PLANNED_BELOW_CURRENT, changed).size());
    }

    @Property(tries = 300)
    void aRationaleIsRequiredNowOrAdvisedWhenPlannedForMatureOrExemplary(@ForAll("returns") QuarterlyReturn r,
            @ForAll @IntRange(max = 7) int row, @ForAll @Size(4) List<MaturityLevel> chosen,
            @ForAll boolean withRationale) {
        QuarterlyReturn changed = withRow(r, row, levels(r, chosen), withRationale ? "exemplary evidence" : null);
        boolean now = chosen.get(0).requiresRationale();
        boolean planned = chosen.subList(1, asked(r).size()).stream().anyMatch(MaturityLevel::requiresRationale);
        assertEquals(!withRationale && now ? 1 : 0, Judge.run(HicmRules.RATIONALE, changed).size());
        assertEquals(!withRationale && !now && planned ? 1 : 0, Judge.run(HicmRules.RATIONALE_PLANNED, changed).size());
    }

    @Property(tries = 300)
    void missingLevelsForTheCurrentOrAPlannedQuarterAreReported(@ForAll("returns") QuarterlyReturn r,
            @ForAll @IntRange(max = 7) int row, @ForAll Set<@IntRange(max = 3) Integer> removed) {
        Map<ReportingPeriod, MaturityLevel> m = new TreeMap<>(r.highImpactChangeModel().changes().get(row).maturity());
        List<ReportingPeriod> asked = asked(r);
        long plannedRemoved = 0;
        for (int i : removed) {
            if (i < asked.size()) {
                m.remove(asked.get(i));
                plannedRemoved += i > 0 ? 1 : 0;
            }
        }
        QuarterlyReturn changed = withRow(r, row, m, null);
        assertEquals(removed.contains(0) ? 1 : 0, Judge.run(HicmRules.MATURITY_CURRENT, changed).size());
        assertEquals(plannedRemoved, Judge.run(HicmRules.MATURITY_PLANNED, changed).size());
    }

    @Property(tries = 300)
    void mitigationsAreRequiredExactlyWhenTheRedBagIsNotYetEstablishedThroughout(@ForAll("returns") QuarterlyReturn r,
            @ForAll @Size(4) List<MaturityLevel> chosen,
            @ForAll boolean mitigated) {
        List<MaturityLevel> levels = chosen.stream().map(l -> l.ordinal() <= 1 ? MaturityLevel.NOT_YET_ESTABLISHED
                : l).toList();
        RedBag bag = new RedBag(new TreeMap<>(levels(r, levels)), mitigated ? "care home passports" : null, null,
                null, null);
        QuarterlyReturn changed = ReturnEdits.hicm(r, new HighImpactChangeModel(r.highImpactChangeModel().changes(),
                bag));
        boolean noPlan = levels.subList(0, asked(r).size()).stream().allMatch(l -> l == MaturityLevel.NOT_YET_ESTABLISHED);
        assertEquals(noPlan && !mitigated ? 1 : 0, Judge.run(HicmRules.REDBAG_MITIGATIONS, changed).size());
    }

    @Property(tries = 200)
    void everyMissingChangeIsReported(@ForAll("returns") QuarterlyReturn r, @ForAll Set<HighImpactChange> removed) {
        List<ChangeAssessment> kept = r.highImpactChangeModel().changes().stream()
                .filter(c -> !removed.contains(c.change())).toList();
        QuarterlyReturn changed = ReturnEdits.hicm(r, new HighImpactChangeModel(kept,
                r.highImpactChangeModel().redBag()));
        assertEquals(removed.size(), Judge.run(HicmRules.ALL_CHANGES, changed).size());
    }
}
