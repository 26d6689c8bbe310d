package dev.bcfkit.json;

import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Finds the {@link Wire} of each type of the model, and the {@link KeyWire} of each map key type.
 * The wire format covers exactly the types bcf-core uses: text, flags, whole numbers, decimals,
 * dates, {@link Money}, {@link FinancialYear}, closed lists (enums), national condition codes,
 * lists, maps and the records of {@code dev.bcfkit.core} and its subpackages. A type outside
 * that set is a programming error (a new kind of component in bcf-core), reported at once.
 */
final class Wires {
    /** The package of the model; only its records and enums are given wires. */
    static final String MODEL_PACKAGE = "dev.bcfkit.core";

    private static final Map<Type, Wire<?>> WIRES = new HashMap<>();
    private static final Map<Class<?>, Wire<?>> LEAVES = Map.ofEntries(
            Map.entry(String.class, TextWire.INSTANCE),
            Map.entry(Boolean.class, BooleanWire.INSTANCE),
            Map.entry(boolean.class, BooleanWire.INSTANCE),
            Map.entry(Long.class, WholeNumberWire.LONG),
            Map.entry(long.class, WholeNumberWire.LONG),
            Map.entry(Integer.class, WholeNumberWire.INT),
            Map.entry(int.class, WholeNumberWire.INT),
            Map.entry(BigDecimal.class, DecimalWire.INSTANCE),
            Map.entry(LocalDate.class, DateWire.INSTANCE),
            Map.entry(Money.class, MoneyWire.INSTANCE),
            Map.entry(FinancialYear.class, FinancialYearWire.INSTANCE),
            Map.entry(NationalCondition.class, NationalConditionWire.INSTANCE));

    private Wires() {
    }

    /**
     * @param type a type of the model, possibly generic such as {@code List<ConditionResponse>}
     * @param <T> the Java type
     * @return its wire
     * @throws IllegalStateException if the wire format has no mapping for the type
     */
    @SuppressWarnings("unchecked")
    static synchronized <T> Wire<T> of(Type type) {
        Wire<?> wire = WIRES.get(type);
        if (wire == null) {
            wire = create(type);
            WIRES.put(type, wire);
        }
        return (Wire<T>) wire;
    }

    /**
     * @param type a class of the model
     * @return whether the wire format covers it as a value of its own
     */
    static boolean covers(Class<?> type) {
        return LEAVES.containsKey(type) && inModel(type)
                || (type.isEnum() || type.isRecord()) && inModel(type);
    }

    private static boolean inModel(Class<?> type) {
        String name = type.getPackageName();
        return name.equals(MODEL_PACKAGE) || name.startsWith(MODEL_PACKAGE + ".");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Wire<?> create(Type type) {
        if (type instanceof Class<?> raw) {
            Wire<?> leaf = LEAVES.get(raw);
            if (leaf != null) {
                return leaf;
            }
            if (raw.isEnum()) {
                return new EnumWire(raw);
            }
            if (raw.isRecord() && inModel(raw)) {
                return record((Class) raw);
            }
        } else if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] args = generic.getActualTypeArguments();
            if (raw == List.class) {
                return new ListWire<>(of(args[0]));
            }
            if (raw == Map.class || raw == SortedMap.class) {
                return new MapWire<>(keyOf(args[0]), of(args[1]), raw == SortedMap.class);
            }
        }
        throw new IllegalStateException("the bcfkit wire format has no mapping for " + type.getTypeName());
    }

    private static <T extends Record> RecordWire<T> record(Class<T> type) {
        return new RecordWire<>(RecordShape.of(type), DocumentFormat.forType(type).orElse(null),
                type == QuarterlyReturn.class ? ReturnEditionHooks.INSTANCE : RecordHooks.NONE);
    }

    /**
     * @param type a class
     * @return whether the wire format has a map key form for it
     */
    static boolean hasKeyForm(Class<?> type) {
        return type == FinancialYear.class || type == ReportingPeriod.class
                || inModel(type) && (type.isEnum() && type != NationalCondition.class || NameKey.fits(type));
    }

    /**
     * @param type a map key type of the model
     * @param <K> the key type
     * @return its key wire
     * @throws IllegalStateException if the wire format has no key form for the type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <K> KeyWire<K> keyOf(Type type) {
        if (type == String.class) {
            return (KeyWire<K>) NameKey.TEXT;
        }
        if (type == FinancialYear.class) {
            return (KeyWire<K>) FinancialYearWire.INSTANCE;
        }
        if (type == ReportingPeriod.class) {
            return (KeyWire<K>) ReportingPeriodKey.INSTANCE;
        }
        if (type instanceof Class<?> raw && raw.isEnum() && raw != NationalCondition.class) {
            return (KeyWire<K>) of(raw);
        }
        if (type instanceof Class<?> raw && inModel(raw) && NameKey.fits(raw)) {
            return (KeyWire<K>) NameKey.of((Class) raw);
        }
        throw new IllegalStateException("the bcfkit wire format has no map key form for " + type.getTypeName());
    }
}
