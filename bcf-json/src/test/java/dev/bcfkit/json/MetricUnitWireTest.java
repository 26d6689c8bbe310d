package dev.bcfkit.json;

import static dev.bcfkit.json.HandMade.assertRefusal;
import static dev.bcfkit.json.HandMade.bytes;
import static dev.bcfkit.json.HandMade.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.metrics.MetricFigures;
import dev.bcfkit.core.metrics.MetricUnit;
import dev.bcfkit.core.returns.MetricProgress;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each metric figure's unit on the wire: {@code "targetUnit"} and {@code "actualUnit"}, each the
 * unit's label ("per 100,000", "per 100,000 per month", "%", "count", "delayed days", "delayed per
 * day", "as defined locally"). Both are optional: a file written before units were carried still
 * reads, its units blank (the metric's own unit is then used to rate and to label the figures, and
 * nothing is written back for them).
 */
class MetricUnitWireTest {
    private final BcfJson strict = BcfJson.strict();

    private String nottinghamshire() throws IOException {
        return Sample.NOTTINGHAMSHIRE_2017_18_Q2.text();
    }

    @Test
    void nottinghamshiresTableOneCarriesTheUnitsItPrints() throws IOException {
        // [000:23-26]: BCF1, BCF2 "per 100,000 population"; BCF3 "85%"; BCF4 "... (average per month)"
        String text = nottinghamshire();
        assertTrue(text.contains("\"target\": 613.7,\n        \"targetUnit\": \"per 100,000 per month\",\n"), text);
        QuarterlyReturn r = strict.read(bytes(text), HandMade.SOURCE, QuarterlyReturn.class);
        assertEquals(List.of(MetricUnit.PER_100K, MetricUnit.PER_100K, MetricUnit.PERCENT,
                MetricUnit.PER_100K_PER_MONTH), r.metrics().stream().map(m -> m.figures().actualUnit()).toList());
    }

    @Test
    void aFileWithoutUnitsStillReadsItsUnitsBlankAndWritesBackWithoutThem() throws IOException {
        String old = nottinghamshire().replaceAll("\n *\"(target|actual)Unit\": \"[^\"]*\",", "");
        assertFalse(old.contains("Unit\""), old);
        QuarterlyReturn r = strict.read(bytes(old), HandMade.SOURCE, QuarterlyReturn.class);
        for (MetricProgress m : r.metrics()) {
            assertNull(m.figures().targetUnit());
            assertNull(m.figures().actualUnit());
            assertEquals(m.metric().unit(), m.figures().actualUnitOr(m.metric().unit()));
        }
        assertEquals(old, strict.writeString(r), "nothing is added on the way back");
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, old));
    }

    @Test
    void anUnknownUnitIsRefusedWithTheUnitsAllowed() throws IOException {
        String text = HandMade.replace(nottinghamshire(), "\"actualUnit\": \"per 100,000 per month\"",
                "\"actualUnit\": \"per 1,000\"");
        assertRefusal(refused(strict, text, QuarterlyReturn.class), "/metrics/3/figures/actualUnit",
                "expected one of \"per 100,000\", \"per 100,000 per month\", \"%\", \"count\", \"delayed days\","
                        + " \"delayed per day\", \"as defined locally\", found \"per 1,000\"", text, "\"per 1,000\"");
        assertFalse(SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, text).isEmpty(),
                "the schema refuses it too");
    }

    @Property(tries = 60)
    void everyFigureRoundTripsWithItsUnits(@ForAll("figures") MetricFigures figures) {
        QuarterlyReturn base = NottinghamshireReturn.q2of2017to18();
        List<MetricProgress> metrics = new ArrayList<>(base.metrics());
        MetricProgress p = metrics.get(3);
        metrics.set(3, new MetricProgress(p.metric(), p.definition(), p.assessment(), p.commentary(), p.challenges(),
                p.achievements(), p.supportNeeds(), p.specifiedMetric(), figures));
        QuarterlyReturn changed = new QuarterlyReturn(base.period(), base.cover(), base.budgetArrangements(),
                base.nationalConditions(), base.incomeAndExpenditure(), metrics, base.yearEndFeedback(),
                base.additionalMeasures(), base.highImpactChangeModel(), base.narrative(), base.additionalIbcf());
        String text = strict.writeString(changed);
        assertEquals(changed, strict.read(bytes(text), HandMade.SOURCE, QuarterlyReturn.class));
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, text), text);
        assertEquals(figures.targetUnit() != null, text.contains("\"targetUnit\": \"" + (figures.targetUnit() == null
                ? "" : figures.targetUnit().label()) + "\""), text);
    }

    @Provide
    Arbitrary<MetricFigures> figures() {
        return BcfArbitraries.metricFigures();
    }
}
