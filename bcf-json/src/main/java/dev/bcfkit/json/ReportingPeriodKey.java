package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reporting periods as map keys, {@code "2017/18 Q2"}: the High Impact Change Model's maturity
 * per quarter column ({@code [000:221]}). The template's own column labels ("Q2 17/18 (Current)")
 * are a display form; the wire has the canonical one. As a value, a period is an object
 * {@code {"year": "2017/18", "quarter": "Q2"}}, read by the record wire.
 */
final class ReportingPeriodKey implements KeyWire<ReportingPeriod> {
    static final ReportingPeriodKey INSTANCE = new ReportingPeriodKey();
    static final String PATTERN = "^[0-9]{4}/[0-9]{2} Q[1-4]$";
    /**
     * Every period the model allows, by its canonical key (400 of them): a key found here needs
     * no parsing, which was a tenth of the reader's time (benchmarks/RESULTS.md).
     */
    private static final Map<String, ReportingPeriod> CANONICAL = canonical();

    private ReportingPeriodKey() {
    }

    @Override
    public ReportingPeriod fromKey(String key, JsonParser p) throws IOException {
        ReportingPeriod period = CANONICAL.get(key);
        if (period != null) {
            return period;
        }
        try {
            period = ReportingPeriod.parse(key);
        } catch (BcfException refusal) {
            throw CoreRefusal.at(p, refusal);
        }
        if (!period.toString().equals(key)) {
            throw WireException.at(p, "expected a period such as \"2017/18 Q2\", found " + Found.quote(key)
                    + " (write it as \"" + period + "\")");
        }
        return period;
    }

    private static Map<String, ReportingPeriod> canonical() {
        Map<String, ReportingPeriod> periods = new HashMap<>();
        for (int year = FinancialYear.EARLIEST; year <= FinancialYear.LATEST; year++) {
            for (Quarter quarter : Quarter.values()) {
                ReportingPeriod period = ReportingPeriod.of(FinancialYear.of(year), quarter);
                periods.put(period.toString(), period);
            }
        }
        return Map.copyOf(periods);
    }

    @Override
    public String toKey(ReportingPeriod key) {
        return key.toString();
    }

    @Override
    public void describeKey(ObjectNode propertyNames) {
        propertyNames.put("pattern", PATTERN);
    }
}
