package dev.bcfkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every document record ({@link BcfDocument}'s permitted kinds) and every section record reachable
 * from one has a builder: {@code builder()}, {@code toBuilder()}, and one named setter per
 * component whose value reaches the built record. The records are found by walking the documents'
 * component types, so a record or a component added later is covered without editing this test;
 * the value records of {@code dev.bcfkit.core} itself (a period, a board's name) are values, not
 * sections, and are made by their own constructors and factories.
 */
class BuildersTest {

    /** The documents and the section records reachable from them, in discovery order. */
    static Set<Class<?>> sectionRecords() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(BcfDocument.class.getPermittedSubclasses()));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.isRecord() || c.getPackageName().equals("dev.bcfkit.core") || !found.add(c)) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), todo);
            }
        }
        return found;
    }

    private static void collect(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collect(a, todo);
            }
        }
    }

    @Test
    void theWalkFindsTheDocumentsAndTheirSections() {
        Set<String> names = new LinkedHashSet<>();
        sectionRecords().forEach(c -> names.add(c.getSimpleName()));
        assertTrue(names.containsAll(List.of("QuarterlyReturn", "Plan", "PooledBudget", "LocalOutcomeTable",
                "MetricProgress", "MetricFigures", "ReturnCover", "ConditionResponse", "QuarterlyFigures",
                "PreviouslyReturned", "SpendForecast", "CareBillFunding", "LocalOutcome")), names.toString());
        assertFalse(names.contains("ReportingPeriod"), "a value record is not a section");
        assertTrue(names.size() >= 40, "found only " + names);
    }

    @Test
    void everySectionRecordHasABuilderWithASetterPerComponentThatReachesTheRecord() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> record : sectionRecords()) {
            problems.addAll(check(record));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aBlankBuilderBuildsTheBlankRecordWithEmptyCollections() throws Exception {
        for (Class<?> record : sectionRecords()) {
            Object built = build(newBuilder(record));
            RecordComponent[] rcs = record.getRecordComponents();
            Object[] blank = new Object[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                blank[i] = blank(rcs[i].getType());
            }
            assertEquals(canonical(record).newInstance(blank), built, record.getName());
        }
    }

    @Test
    void toBuilderCopiesEveryComponent() throws Exception {
        for (Class<?> record : sectionRecords()) {
            Object full = sample(record);
            Object copy = build(record.getMethod("toBuilder").invoke(full));
            assertEquals(full, copy, record.getName());
        }
    }

    private static List<String> check(Class<?> record) throws Exception {
        List<String> problems = new ArrayList<>();
        Method builder;
        try {
            builder = record.getMethod("builder");
            record.getMethod("toBuilder");
        } catch (NoSuchMethodException e) {
            return List.of(record.getName() + ": no builder() or toBuilder()");
        }
        if (!Modifier.isStatic(builder.getModifiers())) {
            problems.add(record.getName() + ": builder() is not static");
        }
        Class<?> type = builder.getReturnType();
        for (RecordComponent rc : record.getRecordComponents()) {
            String name = rc.getName();
            Object value = sample(rc.getGenericType());
            Object b = builder.invoke(null);
            Method setter = setter(type, rc);
            if (setter == null) {
                problems.add(record.getName() + ".Builder: no setter " + name + "(" + rc.getType().getSimpleName() + ")");
                continue;
            }
            assertSame(b, setter.invoke(b, value), name + " returns its builder");
            Object built = build(b);
            Object read = rc.getAccessor().invoke(built);
            if (!value.equals(read)) {
                problems.add(record.getName() + ".Builder." + name + ": set " + value + ", built " + read);
            }
            if (List.class.isAssignableFrom(rc.getType())) {
                Class<?> element = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                Method varargs = type.getMethod(name, element.arrayType());
                Object array = Array.newInstance(element, 1);
                Array.set(array, 0, ((List<?>) value).get(0));
                Object b2 = builder.invoke(null);
                assertSame(b2, varargs.invoke(b2, array), name + "(...) returns its builder");
                if (!value.equals(rc.getAccessor().invoke(build(b2)))) {
                    problems.add(record.getName() + ".Builder." + name + "(...): the entries did not reach the record");
                }
            }
        }
        return problems;
    }

    private static Method setter(Class<?> builder, RecordComponent rc) {
        Class<?> parameter = List.class.isAssignableFrom(rc.getType()) ? Iterable.class
                : Map.class.isAssignableFrom(rc.getType()) ? Map.class : rc.getType();
        try {
            return builder.getMethod(rc.getName(), parameter);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    static Object newBuilder(Class<?> record) throws Exception {
        return record.getMethod("builder").invoke(null);
    }

    static Object build(Object builder) throws Exception {
        try {
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        RecordComponent[] rcs = record.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
        }
        return record.getDeclaredConstructor(types);
    }

    private static Object blank(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return new TreeMap<>();
        }
        return null;
    }

    /** A value of the type that differs from the blank one, built from the model's own factories. */
    static Object sample(Type t) throws Exception {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(sample(args[0]));
            }
            if (raw == Map.class || raw == SortedMap.class) {
                Map<Object, Object> m = raw == SortedMap.class ? new TreeMap<>() : new java.util.LinkedHashMap<>();
                m.put(sample(args[0]), sample(args[1]));
                return m;
            }
            throw new IllegalArgumentException("no sample for " + t);
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            return "entered text";
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == int.class || c == Integer.class) {
            return 2017;
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1.5");
        }
        if (c == Money.class) {
            return Money.pounds(560_287L);
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2017, 11, 17);
        }
        if (c == FinancialYear.class) {
            return FinancialYear.of(2017);
        }
        if (c == ReportingPeriod.class) {
            return ReportingPeriod.parse("2017/18 Q2");
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (c.isRecord()) {
            RecordComponent[] rcs = c.getRecordComponents();
            Object[] values = new Object[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                values[i] = sample(rcs[i].getGenericType());
            }
            return canonical(c).newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + c);
    }

    @Test
    void aQuarterlyReturnBuiltFromItsPeriodHasNoSectionsAndItsPeriodsEdition() {
        QuarterlyReturn r = QuarterlyReturn.builder(ReportingPeriod.parse("2017/18 Q2")).build();
        assertEquals(Edition.QUARTERLY_2017_18, r.edition());
        assertEquals(new QuarterlyReturn(ReportingPeriod.parse("2017/18 Q2"), null, null, List.of(), null, List.of(),
                null, null, null, null, null), r);
    }

    @Test
    void aListSetterCopiesWhatItIsGiven() {
        List<dev.bcfkit.core.returns.MetricProgress> given = new ArrayList<>();
        given.add(dev.bcfkit.core.returns.MetricProgress.builder()
                .metric(dev.bcfkit.core.metrics.MetricKind.REABLEMENT).build());
        QuarterlyReturn.Builder b = QuarterlyReturn.builder(ReportingPeriod.parse("2017/18 Q2")).metrics(given);
        given.clear();
        assertEquals(1, b.build().metrics().size());
    }

    @Test
    void aNullEntryIsRefusedWithThePathOfTheEntry() {
        QuarterlyReturn.Builder b = QuarterlyReturn.builder(ReportingPeriod.parse("2017/18 Q2"));
        BcfException e = assertThrows(BcfException.class,
                () -> b.metrics(dev.bcfkit.core.returns.MetricProgress.builder().build(), null));
        assertEquals("metrics/1: expected an entry, found null", e.getMessage());
        BcfException none = assertThrows(BcfException.class,
                () -> b.nationalConditions((Iterable<dev.bcfkit.core.returns.ConditionResponse>) null));
        assertEquals("nationalConditions: expected a list (empty if nothing was entered), found null", none.getMessage());
        BcfException array = assertThrows(BcfException.class,
                () -> b.nationalConditions((dev.bcfkit.core.returns.ConditionResponse[]) null));
        assertEquals("nationalConditions: expected a list (empty if nothing was entered), found null", array.getMessage());
    }

    @Test
    void aMapSetterRefusesANullValueWithItsKey() {
        var b = dev.bcfkit.core.returns.ConditionResponse.builder();
        Map<Quarter, dev.bcfkit.core.returns.ConditionAnswer> previous = new TreeMap<>();
        previous.put(Quarter.Q1, null);
        BcfException e = assertThrows(BcfException.class, () -> b.previousResponses(previous));
        assertEquals("previousResponses/Q1: expected a value, found null", e.getMessage());
    }

    @Test
    void theWithCopiesChangeOneSectionAndKeepTheRest() {
        QuarterlyReturn r = QuarterlyReturn.builder(ReportingPeriod.parse("2017/18 Q2"))
                .narrative(new dev.bcfkit.core.returns.Narrative("progress", null)).build();
        var cover = dev.bcfkit.core.returns.ReturnCover.builder().signedOffBy("TBC").build();
        var metric = dev.bcfkit.core.returns.MetricProgress.builder()
                .metric(dev.bcfkit.core.metrics.MetricKind.REABLEMENT).build();
        var condition = dev.bcfkit.core.returns.ConditionResponse.builder()
                .condition(dev.bcfkit.core.returns.NationalCondition.NC2017_1).build();
        QuarterlyReturn changed = r.withCover(cover).withMetrics(List.of(metric))
                .withNationalConditions(List.of(condition));
        assertEquals(cover, changed.cover());
        assertEquals(List.of(metric), changed.metrics());
        assertEquals(List.of(condition), changed.nationalConditions());
        assertEquals(r.narrative(), changed.narrative());
        assertNotNull(r.withNarrative(null));
        assertEquals(null, r.withNarrative(null).narrative());
        assertEquals(r.period(), r.withNarrative(null).period());
    }
}
