package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.AgeBand;
import dev.bcfkit.core.metrics.Population;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Financial years, reporting periods and population denominators.
 */
final class Periods {
    /** The quarterly-return editions the library knows, in order. */
    static final List<Edition> RETURN_EDITIONS = List.of(Edition.QUARTERLY_2016_17, Edition.QUARTERLY_2017_18,
            Edition.QUARTERLY_2018_19);

    private Periods() {
    }

    /** @return any financial year the model accepts, 2000/01 to 2099/00 */
    static Arbitrary<FinancialYear> years() {
        return Arbitraries.integers().between(FinancialYear.EARLIEST, FinancialYear.LATEST)
                .shrinkTowards(2017).map(FinancialYear::of);
    }

    /** @return any reporting period of any year */
    static Arbitrary<ReportingPeriod> periods() {
        return Combinators.combine(years(), Arbitraries.of(Quarter.class)).as(ReportingPeriod::of);
    }

    /**
     * @param edition a quarterly-return edition
     * @return the four periods of its year
     */
    static Arbitrary<ReportingPeriod> periods(Edition edition) {
        return Arbitraries.of(Quarter.class).map(q -> ReportingPeriod.of(edition.year(), q));
    }

    /** @return periods of every year that has a quarterly-return template */
    static Arbitrary<ReportingPeriod> returnPeriods() {
        List<ReportingPeriod> all = new ArrayList<>();
        for (Edition e : RETURN_EDITIONS) {
            for (Quarter q : Quarter.values()) {
                all.add(ReportingPeriod.of(e.year(), q));
            }
        }
        return Arbitraries.of(all);
    }

    /** @return ONS-style populations of 1 to 10,000,000 people for 2014 to 2020 */
    static Arbitrary<Population> populations() {
        return Combinators.combine(Arbitraries.of(AgeBand.class), Arbitraries.integers().between(2014, 2020),
                Arbitraries.longs().between(1, 10_000_000),
                Arbitraries.just("ONS SNPP Interim 2014-based").injectNull(0.5)).as(Population::new);
    }
}
