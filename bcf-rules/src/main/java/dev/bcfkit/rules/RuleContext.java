package dev.bcfkit.rules;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.metrics.MetricKind;
import dev.bcfkit.rules.engine.Work;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The small context a rule judges a document in: the edition, the reporting period (for
 * returns), and the parameters the papers leave open, to the caller, with documented defaults: the
 * rounding tolerance for published figures (£1 per figure given to the pound,
 * derived) and the amber tolerance per metric (2.5%, derived).
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class RuleContext {
    /** The default rounding tolerance per rounded term: £1. */
    public static final Money DEFAULT_ROUNDING_TOLERANCE = Money.pounds(1);
    /** The default relative amber tolerance, in per cent: 2.5. */
    public static final BigDecimal DEFAULT_AMBER_TOLERANCE_PERCENT = new BigDecimal("2.5");

    static {
        Work.readMetersWith(RuleContext::work);
    }

    private final Edition edition;
    private final ReportingPeriod period;
    private final Money roundingTolerance;
    private final Map<MetricKind, BigDecimal> amberTolerancePercent;
    private final Work work;

    private RuleContext(Edition edition, ReportingPeriod period, Money roundingTolerance,
            Map<MetricKind, BigDecimal> amberTolerancePercent) {
        this(edition, period, roundingTolerance, amberTolerancePercent, Work.NONE);
    }

    private RuleContext(Edition edition, ReportingPeriod period, Money roundingTolerance,
            Map<MetricKind, BigDecimal> amberTolerancePercent, Work work) {
        this.edition = Objects.requireNonNull(edition, "edition");
        this.period = period;
        this.roundingTolerance = Objects.requireNonNull(roundingTolerance, "roundingTolerance");
        this.amberTolerancePercent = amberTolerancePercent;
        this.work = work;
    }

    /**
     * @param meter counts the work of a validation in this context (tests of scaling only)
     * @return a copy that counts its work on the meter
     */
    RuleContext measuring(Work meter) {
        return new RuleContext(edition, period, roundingTolerance, amberTolerancePercent, meter);
    }

    /** @return the meter this context's validations count their work on ({@link Work#NONE} unless measured) */
    Work work() {
        return work;
    }

    /**
     * The context for a document of an edition, with every parameter at its default.
     *
     * @param edition the edition
     * @param period the reporting period for a return, or null for a plan or pooled budget
     * @return the context
     */
    public static RuleContext of(Edition edition, ReportingPeriod period) {
        return new RuleContext(edition, period, DEFAULT_ROUNDING_TOLERANCE, Collections.emptyMap());
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the reporting period of a return, or null for a plan or pooled budget */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the tolerance per rounded term within which a reconciliation difference is rounding */
    public Money roundingTolerance() {
        return roundingTolerance;
    }

    /**
     * @param metric a metric
     * @return its relative amber tolerance in per cent (2.5 unless set)
     */
    public BigDecimal amberTolerancePercent(MetricKind metric) {
        return amberTolerancePercent.getOrDefault(metric, DEFAULT_AMBER_TOLERANCE_PERCENT);
    }

    /**
     * @param tolerance the rounding tolerance per rounded term, zero or more
     * @return a copy with that tolerance
     */
    public RuleContext withRoundingTolerance(Money tolerance) {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("rounding tolerance must not be negative: " + tolerance.format());
        }
        return new RuleContext(edition, period, tolerance, amberTolerancePercent, work);
    }

    /**
     * @param metric a metric
     * @param percent its relative amber tolerance in per cent, zero or more
     * @return a copy with that tolerance
     */
    public RuleContext withAmberTolerance(MetricKind metric, BigDecimal percent) {
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("amber tolerance must not be negative: " + percent);
        }
        EnumMap<MetricKind, BigDecimal> m = new EnumMap<>(MetricKind.class);
        m.putAll(amberTolerancePercent);
        m.put(metric, percent);
        return new RuleContext(edition, period, roundingTolerance, Collections.unmodifiableMap(m), work);
    }
}
