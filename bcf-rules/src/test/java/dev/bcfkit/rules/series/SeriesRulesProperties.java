package dev.bcfkit.rules.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.returns.ReturnSeries;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import dev.bcfkit.testkit.ReturnSeriesArbitraries;
import dev.bcfkit.testkit.SeriesDefects;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A series whose carried cells agree has no series finding; one carried cell changed in the
 * latest return gives exactly one finding, of the rule the change breaks, at that return's quarter.
 */
class SeriesRulesProperties {
    private static final BcfValidator VALIDATOR = BcfValidator.create();

    @Property(tries = 200)
    void aConsistentSeriesHasNoSeriesFinding(@ForAll("consistent") ReturnSeries series) {
        assertEquals(List.of(), VALIDATOR.validate(series).findings());
    }

    @Property(tries = 300)
    void oneChangedCellGivesExactlyOneFindingOfItsRule(@ForAll("broken") Injected<ReturnSeries> injected) {
        Report report = VALIDATOR.validate(injected.broken());
        assertEquals(1, report.findings().size(), () -> injected.defect() + " gave " + report.findings());
        Finding f = report.findings().get(0);
        assertEquals(injected.ruleId(), f.ruleId());
        ReturnSeries broken = injected.broken();
        String quarter = broken.returns().get(broken.returns().size() - 1).period().quarter().name();
        assertEquals("/" + quarter + "/", f.path().substring(0, 4), f::toString);
    }

    @Provide
    Arbitrary<ReturnSeries> consistent() {
        return ReturnSeriesArbitraries.consistent();
    }

    @Provide
    Arbitrary<Injected<ReturnSeries>> broken() {
        return Defects.injected(ReturnSeriesArbitraries.consistent(), SeriesDefects.forSeries());
    }
}
