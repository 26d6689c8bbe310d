package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated returns cover the editions and quarters evenly: with three editions of four quarters
 * each, every reporting period is about 1 in 12 (8.3%) of the returns a property sees and every
 * edition about a third. The tolerances allow for chance over the tries (and for the edge cases
 * jqwik mixes in) but not for one period taking a large share, as 2016/17 Q1 once took 44%.
 */
class ReturnMixProperties {

    @Property(tries = 1200)
    void everyPeriodIsAboutOneInTwelve(@ForAll QuarterlyReturn r) {
        Statistics.label("period").collect(r.period().toString())
                .coverage(coverage -> {
                    for (Edition edition : Periods.RETURN_EDITIONS) {
                        for (var quarter : dev.bcfkit.core.Quarter.values()) {
                            String period = dev.bcfkit.core.ReportingPeriod.of(edition.year(), quarter).toString();
                            coverage.check(period).percentage(p -> p >= 5.0 && p <= 12.5);
                        }
                    }
                });
        Statistics.label("edition").collect(r.edition())
                .coverage(coverage -> {
                    for (Edition edition : Periods.RETURN_EDITIONS) {
                        coverage.check(edition).percentage(p -> p >= 27.0 && p <= 40.0);
                    }
                });
    }
}
