package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import net.jqwik.api.SampleReportingFormat;
import org.junit.jupiter.api.Test;

/**
 * A failing sample prints so that a person can read it: Southend-on-Sea's Q4 2016/17 return
 * ([002]) as jqwik reports it with the testkit's format is many short lines, not one line of
 * several kilobytes.
 */
class BcfSampleFormatTest {
    private final BcfSampleFormat format = new BcfSampleFormat();

    @Test
    void aReturnReportsAsItsComponentsLeavingBlanksOut() {
        Object report = format.report(SouthendReturns.q4());
        assertTrue(report instanceof Map<?, ?>);
        Map<?, ?> components = (Map<?, ?>) report;
        assertEquals(List.of("period", "cover", "budgetArrangements", "nationalConditions", "incomeAndExpenditure",
                "metrics", "yearEndFeedback", "additionalMeasures", "narrative"), List.copyOf(components.keySet()));
        assertEquals(Optional.of("QuarterlyReturn"), format.label(SouthendReturns.q4()));
    }

    @Test
    void itAppliesToTheModelsRecordsButNotToValuesThatPrintThemselves() {
        assertTrue(format.appliesTo(SouthendReturns.q4()));
        assertTrue(format.appliesTo(SouthendReturns.q4().cover()));
        assertFalse(format.appliesTo(Money.pounds(13_131_049)));
        assertFalse(format.appliesTo(SouthendReturns.q4().period()));
        assertFalse(format.appliesTo("Southend-on-Sea"));
        assertFalse(format.appliesTo(new java.util.AbstractMap.SimpleEntry<>("a", "b")));
    }

    @Test
    void jqwikFindsTheFormatAsAService() {
        List<Class<?>> found = new ArrayList<>();
        ServiceLoader.load(SampleReportingFormat.class).forEach(f -> found.add(f.getClass()));
        assertTrue(found.contains(BcfSampleFormat.class), found.toString());
    }

    @Test
    void jqwikPrintsAReturnAsManyShortLines() throws Exception {
        List<String> lines = jqwikReport(SouthendReturns.q4());
        assertTrue(lines.size() > 100, lines.size() + " lines");
        assertTrue(lines.get(0).startsWith("QuarterlyReturn{"), lines.get(0));
        long longLines = lines.stream().filter(l -> l.length() > 400).count();
        // Only free text longer than a line stays long: the narrative and the longest commentaries.
        assertTrue(longLines <= 15, longLines + " lines over 400 characters");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"annualTotal\"=13131049")), String.join("\n", lines));
    }

    /** jqwik's own rendering of a sample, through its engine (not an API: reached by reflection). */
    private static List<String> jqwikReport(Object value) throws Exception {
        Class<?> valueReport = Class.forName("net.jqwik.engine.execution.reporting.ValueReport");
        Class<?> lineReporter = Class.forName("net.jqwik.engine.execution.reporting.LineReporter");
        Class<?> formats = Class.forName("net.jqwik.engine.execution.reporting.SampleReportingFormats");
        Collection<?> all = (Collection<?>) formats.getMethod("getReportingFormats").invoke(null);
        Object report = valueReport.getMethod("of", Object.class, Collection.class).invoke(null, value, all);
        List<String> lines = new ArrayList<>();
        Object reporter = Proxy.newProxyInstance(lineReporter.getClassLoader(), new Class<?>[] {lineReporter},
                (proxy, method, args) -> {
                    if (method.getName().equals("addLine")) {
                        lines.add(" ".repeat(2 * (Integer) args[0]) + args[1]);
                        return null;
                    }
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Method print = valueReport.getMethod("report", lineReporter, int.class, String.class);
        print.invoke(report, reporter, 0, "");
        return lines;
    }
}
