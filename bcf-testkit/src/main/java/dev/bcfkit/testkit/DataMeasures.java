package dev.bcfkit.testkit;

import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.YesNo;
import dev.bcfkit.core.returns.AdditionalMeasures;
import dev.bcfkit.core.returns.CareSetting;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The 2016/17 additional measures ({@code [002:1084-1153]}): NHS Number use in all six settings
 * (both rows of measure 1), the full 6 x 6 data-sharing matrix and Open API progress per
 * setting (measure 2), the integrated care record pilot (3), personal health budgets with a
 * Continuing Healthcare percentage of 0 to 100 (4) and integrated care teams (5).
 */
final class DataMeasures {
    private static final DateTimeFormatter GO_LIVE = DateTimeFormatter.ofPattern("dd/MM/yy");
    private static final int SETTINGS = CareSetting.values().length;

    private DataMeasures() {
    }

    /**
     * @param period a 2016/17 reporting period
     * @return complete additional measures
     */
    static Arbitrary<AdditionalMeasures> measures(ReportingPeriod period) {
        Arbitrary<List<YesNo>> yesNoRow = Arbitraries.of(YesNo.class).list().ofSize(SETTINGS);
        Arbitrary<List<String>> matrix = Arbitraries.of("Shared via Open API", "Not currently shared digitally",
                "Shared via interim solution").list().ofSize(SETTINGS * SETTINGS);
        Arbitrary<AdditionalMeasures.OpenApiProgress> progress = Combinators.combine(Arbitraries.of(false, true),
                Arbitraries.integers().between(1, 730)).as((live, days) -> live
                        ? new AdditionalMeasures.OpenApiProgress("Live", "Live")
                        : new AdditionalMeasures.OpenApiProgress("In development",
                                period.lastDay().plusDays(days).format(GO_LIVE)));
        Arbitrary<String> pilot = Arbitraries.of("Pilot being scoped", "Pilot underway", "No pilot planned");
        Arbitrary<String> teams = Arbitraries.of("Yes - in some parts of Health and Wellbeing Board area",
                "Yes - throughout the Health and Wellbeing Board area");
        Arbitrary<AdditionalMeasures.IntegratedCareTeams> careTeams = Combinators.combine(teams, teams)
                .as(AdditionalMeasures.IntegratedCareTeams::new);
        return Combinators.combine(yesNoRow, yesNoRow, matrix, progress.list().ofSize(SETTINGS), pilot,
                personalHealthBudgets(period), careTeams)
                .as((correspondence, retrieval, sharing, apis, p, phb, ict) -> new AdditionalMeasures(
                        bySetting(correspondence), bySetting(retrieval), matrix(sharing), bySetting(apis), p, phb,
                        ict));
    }

    /**
     * @param period the reporting period, whose calendar year names the population ({@code [002:1153]})
     * @return personal health budget figures with the rate computed as the template does
     */
    static Arbitrary<AdditionalMeasures.PersonalHealthBudgets> personalHealthBudgets(ReportingPeriod period) {
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(0);
        // The counts follow stock and flow: in place at the start, plus new, less stopped (at most
        // those in place at the start or new), are in place at the end ([002:1134-1137]).
        Arbitrary<long[]> counts = Combinators.combine(Arbitraries.longs().between(0, 5_000),
                Arbitraries.longs().between(0, 1_000)).as((opening, added) -> new long[] {opening, added})
                .flatMap(oa -> Arbitraries.longs().between(0, Math.min(1_000, oa[0] + oa[1]))
                        .map(stopped -> new long[] {oa[0] + oa[1] - stopped, oa[1], stopped}));
        return Combinators.combine(counts, percent, Arbitraries.longs().between(10_000, 1_500_000))
                .as((c, pct, population) -> new AdditionalMeasures.PersonalHealthBudgets(
                        c[0], c[1], c[2], pct,
                        BigDecimal.valueOf(c[0]).multiply(BigDecimal.valueOf(100_000))
                                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP),
                        population, "Mid " + period.calendarYear()));
    }

    private static <V> Map<CareSetting, V> bySetting(List<V> values) {
        Map<CareSetting, V> m = new EnumMap<>(CareSetting.class);
        for (CareSetting s : CareSetting.values()) {
            m.put(s, values.get(s.ordinal()));
        }
        return m;
    }

    private static Map<CareSetting, Map<CareSetting, String>> matrix(List<String> cells) {
        Map<CareSetting, Map<CareSetting, String>> m = new EnumMap<>(CareSetting.class);
        for (CareSetting from : CareSetting.values()) {
            List<String> row = new ArrayList<>(cells.subList(from.ordinal() * SETTINGS, (from.ordinal() + 1) * SETTINGS));
            m.put(from, bySetting(row));
        }
        return m;
    }
}
