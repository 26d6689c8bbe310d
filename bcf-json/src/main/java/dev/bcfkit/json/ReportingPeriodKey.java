package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.ReportingPeriod;
import java.io.IOException;

/**
 * Reporting periods as map keys, {@code "2017/18 Q2"}: the High Impact Change Model's maturity
 * per quarter column ({@code [000:221]}). The template's own column labels ("Q2 17/18 (Current)")
 * are a display form; the wire has the canonical one. As a value, a period is an object
 * {@code {"year": "2017/18", "quarter": "Q2"}}, read by the record wire.
 */
final class ReportingPeriodKey implements KeyWire<ReportingPeriod> {
    static final ReportingPeriodKey INSTANCE = new ReportingPeriodKey();
    static final String PATTERN = "^[0-9]{4}/[0-9]{2} Q[1-4]$";

    private ReportingPeriodKey() {
    }

    @Override
    public ReportingPeriod fromKey(String key, JsonParser p) throws IOException {
        ReportingPeriod period;
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

    @Override
    public String toKey(ReportingPeriod key) {
        return key.toString();
    }

    @Override
    public void describeKey(ObjectNode propertyNames) {
        propertyNames.put("pattern", PATTERN);
    }
}
