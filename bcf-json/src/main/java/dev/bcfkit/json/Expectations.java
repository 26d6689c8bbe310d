package dev.bcfkit.json;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.NationalCondition;
import java.util.Collection;
import java.util.Map;

/**
 * What a required property expects, in the words of a message: "a list ([] if nothing was
 * entered)", "true or false", "a period such as {"year": "2017/18", "quarter": "Q2"}".
 */
final class Expectations {
    private Expectations() {
    }

    /**
     * @param slot a record component
     * @return what its value should be
     */
    static String of(RecordShape.Slot slot) {
        Class<?> raw = slot.raw();
        if (Collection.class.isAssignableFrom(raw)) {
            return "a list ([] if nothing was entered)";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "an object ({} if nothing was entered)";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == int.class || raw == long.class) {
            return "a whole number";
        }
        if (raw == ReportingPeriod.class) {
            return "a period such as {\"year\": \"2017/18\", \"quarter\": \"Q2\"}";
        }
        if (raw == NationalCondition.class) {
            return "a condition code such as \"3i\"";
        }
        if (raw == FinancialYear.class) {
            return "a financial year such as \"2017/18\"";
        }
        if (raw == Quarter.class) {
            return "one of \"Q1\", \"Q2\", \"Q3\", \"Q4\"";
        }
        return "a value";
    }
}
