package dev.bcfkit.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.SampleReportingFormat;

/**
 * How jqwik prints a bcfkit value when a property fails: a model record (a return, a plan, a
 * section, a row) prints as its type and its components, one per line and indented, rather than as
 * the record's one-line {@code toString()}, which for a whole return is several kilobytes on one
 * line. Blank components (null) are left out, as in the JSON wire format; values with a
 * {@code toString()} of their own ({@code Money}, {@code ReportingPeriod}, {@code FinancialYear})
 * print as that.
 *
 * <p>Registered as a jqwik {@code SampleReportingFormat} service, so a project that has
 * bcf-testkit on its test path gets it with no set-up.
 *
 * @since 0.1
 */
public final class BcfSampleFormat implements SampleReportingFormat {
    /** Creates the format (jqwik's service loader calls this). */
    public BcfSampleFormat() {
    }

    /**
     * @param value a sample value
     * @return whether it is a bcfkit record without a {@code toString()} of its own
     */
    @Override
    public boolean appliesTo(Object value) {
        return value instanceof Record && value.getClass().getName().startsWith("dev.bcfkit.")
                && printsAsARecord(value);
    }

    /**
     * @param value a bcfkit record
     * @return its components that are not blank, by name, in declaration order
     */
    @Override
    public Object report(Object value) {
        Map<String, Object> components = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object v = read(component, value);
            if (v != null) {
                components.put(component.getName(), v);
            }
        }
        return components;
    }

    /**
     * @param value a bcfkit record
     * @return its type's simple name, such as {@code QuarterlyReturn}
     */
    @Override
    public Optional<String> label(Object value) {
        return Optional.of(value.getClass().getSimpleName());
    }

    /** Whether the record's toString() is the generated one, "Name[component=value, ...]", not its own. */
    private static boolean printsAsARecord(Object value) {
        return value.toString().startsWith(value.getClass().getSimpleName() + "[");
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // A record the format cannot read prints by its own toString() instead.
            return "(" + component.getName() + " unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }
}
