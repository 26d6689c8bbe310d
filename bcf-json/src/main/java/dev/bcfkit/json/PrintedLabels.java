package dev.bcfkit.json;

import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.core.returns.HighImpactChange;
import java.util.Map;

/**
 * The labels the templates print for a closed list's value beside its canonical label, where
 * they name one value only. The reader accepts them, reads the canonical value and leaves a
 * {@link ReaderNotice} naming the canonical label; the writer always writes the canonical one.
 * <ul>
 * <li>metrics: the 2017-19 metrics table's first column prints "NEA" ({@code [000:208]},
 *     {@code [004:57]}), "Res Admissions" ({@code [000:209]}, {@code [004:58]}) and
 *     "Delayed Transfers of Care*" with a footnote mark ({@code [000:213]}); the 2016/17
 *     checklist prints "NEA", "DTOC" and "Patient experience metric" ({@code [002:792]},
 *     {@code [002:794]}, {@code [002:798]});
 * <li>High Impact Changes: the 2017-19 sheet numbers its rows "Chg 1" to "Chg 8"
 *     ({@code [000:222-233]}, in the order of {@link HighImpactChange}).
 * </ul>
 */
final class PrintedLabels {
    private static final Map<Class<?>, Map<String, ? extends Enum<?>>> TABLE = Map.of(
            MetricKind.class, Map.of(
                    "NEA", MetricKind.NON_ELECTIVE_ADMISSIONS,
                    "Res Admissions", MetricKind.RESIDENTIAL_ADMISSIONS,
                    "Delayed Transfers of Care*", MetricKind.DELAYED_TRANSFERS_OF_CARE,
                    "DTOC", MetricKind.DELAYED_TRANSFERS_OF_CARE,
                    "Patient experience metric", MetricKind.PATIENT_EXPERIENCE),
            HighImpactChange.class, Map.of(
                    "Chg 1", HighImpactChange.EARLY_DISCHARGE_PLANNING,
                    "Chg 2", HighImpactChange.SYSTEMS_TO_MONITOR_PATIENT_FLOW,
                    "Chg 3", HighImpactChange.MULTI_DISCIPLINARY_DISCHARGE_TEAMS,
                    "Chg 4", HighImpactChange.HOME_FIRST_DISCHARGE_TO_ASSESS,
                    "Chg 5", HighImpactChange.SEVEN_DAY_SERVICE,
                    "Chg 6", HighImpactChange.TRUSTED_ASSESSORS,
                    "Chg 7", HighImpactChange.FOCUS_ON_CHOICE,
                    "Chg 8", HighImpactChange.ENHANCING_HEALTH_IN_CARE_HOMES));

    private PrintedLabels() {
    }

    /**
     * @param type a closed list
     * @param printed a label as a template prints it
     * @param <E> the closed list
     * @return the value it names, or null if it is not a printed label of the list
     */
    static <E extends Enum<E>> E find(Class<E> type, String printed) {
        Map<String, ? extends Enum<?>> labels = TABLE.get(type);
        return labels == null ? null : type.cast(labels.get(printed));
    }

    /**
     * @param type a closed list
     * @return its printed labels and the values they name
     */
    static Map<String, ? extends Enum<?>> of(Class<?> type) {
        return TABLE.getOrDefault(type, Map.of());
    }
}
