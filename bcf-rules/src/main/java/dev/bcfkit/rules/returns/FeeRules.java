package dev.bcfkit.rules.returns;

import com.google.common.collect.Range;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.returns.AdditionalIbcf;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.FeeServiceType;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.Emitter;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Severity;
import dev.bcfkit.rules.editions.ReturnEditions;
import dev.bcfkit.rules.engine.CellRange;
import dev.bcfkit.rules.engine.Pointer;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 2018/19 additional iBCF section's average fees ({@code [004:145-182]}): the three service
 * types, blank (never 0) for a missing rate ({@code [004:175]}), amounts and uplifts within a
 * plausible range (derived), an estimated uplift where either
 * year's rate is missing ({@code [004:173]}), and a comment of at most 250 characters
 * ({@code [004:182]}), counted as Unicode code points like the narrative.
 */
final class FeeRules {
    /** "Please do not use more than 250 characters." ({@code [004:182]}). */
    static final int COMMENT_LIMIT = 250;
    /**
     * The largest amount a template's numeric cell takes: 100,000,000 in the 2016/17 template
     * ({@code [002:1195]}). The 2018/19 template in the papers states no range; carrying this one
     * over is derived.
     */
    static final Money LARGEST = Money.pounds(100_000_000);
    /**
     * The uplifts taken as plausible: from -100%, the least that leaves a fee of zero or more, to
     * +100%, the fee doubling in a year (derived).
     */
    static final Range<BigDecimal> PLAUSIBLE_UPLIFT = Range.closed(BigDecimal.valueOf(-100), BigDecimal.valueOf(100));

    private FeeRules() {
    }

    /** @return the fee rules, in rulebook order */
    static List<Rule<QuarterlyReturn>> all() {
        return List.of(ALL_SERVICES, SERVICE_DUPLICATE, BLANK_NOT_ZERO, NUMERIC_RANGE, UPLIFT_REQUIRED, COMMENT_LIMIT_RULE);
    }

    /** The three service types are there. */
    static final Rule<QuarterlyReturn> ALL_SERVICES = Rule.on(QuarterlyReturn.class, "FEE-ALL-SERVICES")
            .requirements("R73")
            .title("The average-fee table has each of the three service types")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2018)
            .source("[004:166] \"the three service types of home care, 65+ residential and 65+ nursing\";"
                    + " [004:178-181] questions 1 to 3. A WARNING: a missing row is a blank part of the sheet, an"
                    + " incomplete return; a service type given twice is FEE-SERVICE-DUPLICATE's")
            .check((r, ctx, emit) -> {
                AdditionalIbcf ibcf = r.additionalIbcf();
                if (ibcf == null) {
                    return;
                }
                Map<FeeServiceType, Integer> firstRow = firstRows(ibcf.fees());
                for (FeeServiceType t : FeeServiceType.values()) {
                    if (!firstRow.containsKey(t)) {
                        emit.report(Pointer.of("additionalIbcf", "fees"), "the " + t.label() + " fee ("
                                + t.unit() + ") is missing");
                    }
                }
            });

    /** No service type has two rows. */
    static final Rule<QuarterlyReturn> SERVICE_DUPLICATE = Rule.on(QuarterlyReturn.class, "FEE-SERVICE-DUPLICATE")
            .requirements("R73")
            .title("No service type appears twice in the average-fee table")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2018)
            .statedOnlyIn(ReturnEditions::shown, ReturnEditions.SHOWN_2018)
            .source("[004:166] \"the three service types of home care, 65+ residential and 65+ nursing\";"
                    + " [004:178-181] questions 1 to 3: the template prints one row for each service type, so a"
                    + " second row for one cannot come from it: a present, wrong row, not a blank one")
            .check((r, ctx, emit) -> {
                AdditionalIbcf ibcf = r.additionalIbcf();
                if (ibcf == null) {
                    return;
                }
                Map<FeeServiceType, Integer> firstRow = firstRows(ibcf.fees());
                for (int i = 0; i < ibcf.fees().size(); i++) {
                    FeeServiceType t = ibcf.fees().get(i).serviceType();
                    if (t != null && firstRow.get(t) != i) {
                        emit.report(Pointer.of("additionalIbcf", "fees", i, "serviceType"), "the " + t.label()
                                + " fee appears more than once; it is already at "
                                + Pointer.of("additionalIbcf", "fees", firstRow.get(t)));
                    }
                }
            });

    /**
     * @param fees the fee rows
     * @return each service type named in them, with the index of its first row
     */
    private static Map<FeeServiceType, Integer> firstRows(List<AverageFee> fees) {
        Map<FeeServiceType, Integer> firstRow = new EnumMap<>(FeeServiceType.class);
        for (int i = 0; i < fees.size(); i++) {
            FeeServiceType t = fees.get(i).serviceType();
            if (t != null) {
                firstRow.putIfAbsent(t, i);
            }
        }
        return firstRow;
    }

    /** A missing rate is blank, never 0. */
    static final Rule<QuarterlyReturn> BLANK_NOT_ZERO = Rule.on(QuarterlyReturn.class, "FEE-BLANK-NOT-ZERO")
            .requirements("R74")
            .title("A missing fee rate is left blank, not entered as 0")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2018)
            .statedOnlyIn(ReturnEditions::shown, ReturnEditions.SHOWN_2018)
            .source("[004:175] \"Please leave any missing data cells as blank e.g. do not attempt to enter '0' or"
                    + " 'N/A'.\"")
            .check((r, ctx, emit) -> fees(r, (i, fee) -> {
                zero(emit, fee.previousYearRate(), i, "previousYearRate", fee, "2017/18");
                zero(emit, fee.currentYearRate(), i, "currentYearRate", fee, "2018/19");
            }));

    /**
     * The allocation and the fee rates are within £0 to £100,000,000, and an estimated uplift
     * within -100% to +100%. Derived, so a WARNING: the 2018/19 return in the papers states no
     * range ({@code [004:145-182]}); the 2016/17 template restricts numeric cells to 0 to
     * 100,000,000 ({@code [002:1195]}); a fee cannot fall by more than 100% without becoming
     * negative, and an uplift beyond +100% (the fee doubling in a year, where Dorset estimates
     * 2.5%, {@code [004:178-181]}) is far more likely a slip, such as a rate typed into the
     * percentage column. Zero rates are {@link #BLANK_NOT_ZERO}'s, not this rule's.
     */
    static final Rule<QuarterlyReturn> NUMERIC_RANGE = Rule.on(QuarterlyReturn.class, "FEE-NUMERIC-RANGE")
            .requirements("R73")
            .title("The additional iBCF allocation and the fee rates are between £0 and £100,000,000, and the"
                    + " estimated uplift between -100% and +100%")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2018)
            .source("Derived: the 2018/19 template [004:145-182] states no range, so the 2016/17 template's \"cells"
                    + " requiring a numerical input are restricted to values between 0 and 100,000,000\" [002:1195]"
                    + " is carried over; a fee cannot fall by more than 100%, and an uplift above 100% (the fee doubling"
                    + " in a year; Dorset estimates 2.5% [004:178-181]) is most likely a slip")
            .derived()
            .check((r, ctx, emit) -> {
                if (r.additionalIbcf() != null) {
                    range(emit, r.additionalIbcf().allocation(), Pointer.of("additionalIbcf", "allocation"),
                            "the additional iBCF allocation");
                }
                fees(r, (i, fee) -> {
                    range(emit, fee.previousYearRate(), Pointer.of("additionalIbcf", "fees", i, "previousYearRate"),
                            "the " + service(fee) + " rate for 2017/18");
                    range(emit, fee.currentYearRate(), Pointer.of("additionalIbcf", "fees", i, "currentYearRate"),
                            "the " + service(fee) + " rate for 2018/19");
                    BigDecimal uplift = fee.estimatedUpliftPercent();
                    if (CellRange.outside(PLAUSIBLE_UPLIFT, uplift)) {
                        emit.report(Pointer.of("additionalIbcf", "fees", i, "estimatedUpliftPercent"), "the estimated"
                                + " uplift of the " + service(fee) + " is " + percent(uplift) + "%, outside -100% to"
                                + " +100%");
                    }
                });
            });

    /** Either rate missing needs the estimated uplift. */
    static final Rule<QuarterlyReturn> UPLIFT_REQUIRED = Rule.on(QuarterlyReturn.class, "FEE-UPLIFT-REQUIRED")
            .requirements("R75")
            .title("Where either year's fee rate is missing, the estimated uplift percentage is given")
            .severity(Severity.WARNING)
            .editions(ReturnEditions.Y2018)
            .source("[004:173] \"If you are unable to provide rates for both 2017/18 and 2018/19, please ensure that"
                    + " you provide the estimated percentage change between 2017/18 and 2018/19\""
                    + ". A WARNING: the template asks (\"please\"), and a blank answer is an incomplete return")
            .check((r, ctx, emit) -> fees(r, (i, fee) -> {
                boolean rateMissing = fee.previousYearRate() == null || fee.currentYearRate() == null;
                if (rateMissing && fee.estimatedUpliftPercent() == null) {
                    emit.report(Pointer.of("additionalIbcf", "fees", i, "estimatedUpliftPercent"), "the "
                            + service(fee) + " rate for " + (fee.previousYearRate() == null ? "2017/18" : "2018/19")
                            + " is blank, so give the estimated percentage change between 2017/18 and 2018/19");
                }
            }));

    /** The fee comment is at most 250 characters. */
    static final Rule<QuarterlyReturn> COMMENT_LIMIT_RULE = Rule.on(QuarterlyReturn.class, "FEE-COMMENT-LIMIT")
            .requirements("R76")
            .title("The additional commentary on fees is at most 250 characters")
            .severity(Severity.ERROR)
            .editions(ReturnEditions.Y2018)
            .statedOnlyIn(ReturnEditions::shown, ReturnEditions.SHOWN_2018)
            .source("[004:182] \"Please do not use more than 250 characters.\"")
            .check((r, ctx, emit) -> {
                String comment = r.additionalIbcf() == null ? null : r.additionalIbcf().feeCommentary();
                if (comment != null && NarrativeRules.characters(comment) > COMMENT_LIMIT) {
                    emit.report(Pointer.of("additionalIbcf", "feeCommentary"), "the commentary on the fee information"
                            + " is " + NarrativeRules.characters(comment) + " characters; at most " + COMMENT_LIMIT
                            + " are allowed");
                }
            });

    /** Visits one fee row. */
    @FunctionalInterface
    interface FeeVisitor {
        void visit(int index, AverageFee fee);
    }

    private static void fees(QuarterlyReturn r, FeeVisitor visitor) {
        if (r.additionalIbcf() == null) {
            return;
        }
        List<AverageFee> fees = r.additionalIbcf().fees();
        for (int i = 0; i < fees.size(); i++) {
            visitor.visit(i, fees.get(i));
        }
    }

    private static void zero(Emitter emit, Money rate, int index, String property, AverageFee fee, String year) {
        if (rate != null && rate.isZero()) {
            emit.report(Pointer.of("additionalIbcf", "fees", index, property), "the " + service(fee) + " rate for "
                    + year + " is entered as " + rate.format() + "; leave a missing rate blank, not 0");
        }
    }

    private static void range(Emitter emit, Money amount, String path, String what) {
        if (amount != null && CellRange.outside(CellRange.NUMERIC_INPUT, amount.amount())) {
            emit.report(path, what + " is " + amount.format() + ", outside £0 to " + LARGEST.format());
        }
    }

    /** An uplift as written, or in scientific notation when its plain form would be very long. */
    static String percent(BigDecimal uplift) {
        return uplift.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0 ? uplift.toString()
                : uplift.toPlainString();
    }

    private static String service(AverageFee fee) {
        return fee.serviceType() == null ? "fee" : fee.serviceType().label();
    }
}
