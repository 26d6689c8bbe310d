package dev.bcfkit.testkit;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.QuarterlyReturn;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Named suppliers of valid quarterly returns by edition and quarter, for
 * {@code @ForAll(supplier = ValidReturns.Q2_2017_18.class) QuarterlyReturn r}. Each return has
 * exactly the sections of its edition and quarter (year-end feedback only in 2016/17 Q4, the
 * additional iBCF section only in 2018/19) and breaks no ERROR rule.
 */
public final class ValidReturns {
    private ValidReturns() {
    }

    /** Valid 2016/17 Q1 returns: {@code @ForAll(supplier = ValidReturns.Q1_2016_17.class) QuarterlyReturn r}. */
    public static final class Q1_2016_17 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q1_2016_17() {
        }

        /** @return valid 2016/17 Q1 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q1));
        }
    }

    /** Valid 2016/17 Q2 returns: {@code @ForAll(supplier = ValidReturns.Q2_2016_17.class) QuarterlyReturn r}. */
    public static final class Q2_2016_17 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q2_2016_17() {
        }

        /** @return valid 2016/17 Q2 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q2));
        }
    }

    /** Valid 2016/17 Q3 returns: {@code @ForAll(supplier = ValidReturns.Q3_2016_17.class) QuarterlyReturn r}. */
    public static final class Q3_2016_17 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q3_2016_17() {
        }

        /** @return valid 2016/17 Q3 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q3));
        }
    }

    /** Valid 2016/17 Q4 returns: {@code @ForAll(supplier = ValidReturns.Q4_2016_17.class) QuarterlyReturn r}. */
    public static final class Q4_2016_17 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q4_2016_17() {
        }

        /** @return valid 2016/17 Q4 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2016), Quarter.Q4));
        }
    }

    /** Valid 2016/17 returns of any quarter. */
    public static final class ANY_2016_17 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public ANY_2016_17() {
        }

        /** @return valid 2016/17 returns of any quarter */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2016_17);
        }
    }

    /** Valid 2017/18 Q1 returns: {@code @ForAll(supplier = ValidReturns.Q1_2017_18.class) QuarterlyReturn r}. */
    public static final class Q1_2017_18 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q1_2017_18() {
        }

        /** @return valid 2017/18 Q1 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2017), Quarter.Q1));
        }
    }

    /** Valid 2017/18 Q2 returns: {@code @ForAll(supplier = ValidReturns.Q2_2017_18.class) QuarterlyReturn r}. */
    public static final class Q2_2017_18 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q2_2017_18() {
        }

        /** @return valid 2017/18 Q2 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2017), Quarter.Q2));
        }
    }

    /** Valid 2017/18 Q3 returns: {@code @ForAll(supplier = ValidReturns.Q3_2017_18.class) QuarterlyReturn r}. */
    public static final class Q3_2017_18 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q3_2017_18() {
        }

        /** @return valid 2017/18 Q3 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2017), Quarter.Q3));
        }
    }

    /** Valid 2017/18 Q4 returns: {@code @ForAll(supplier = ValidReturns.Q4_2017_18.class) QuarterlyReturn r}. */
    public static final class Q4_2017_18 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q4_2017_18() {
        }

        /** @return valid 2017/18 Q4 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2017), Quarter.Q4));
        }
    }

    /** Valid 2017/18 returns of any quarter. */
    public static final class ANY_2017_18 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public ANY_2017_18() {
        }

        /** @return valid 2017/18 returns of any quarter */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2017_18);
        }
    }

    /** Valid 2018/19 Q1 returns: {@code @ForAll(supplier = ValidReturns.Q1_2018_19.class) QuarterlyReturn r}. */
    public static final class Q1_2018_19 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q1_2018_19() {
        }

        /** @return valid 2018/19 Q1 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2018), Quarter.Q1));
        }
    }

    /** Valid 2018/19 Q2 returns: {@code @ForAll(supplier = ValidReturns.Q2_2018_19.class) QuarterlyReturn r}. */
    public static final class Q2_2018_19 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q2_2018_19() {
        }

        /** @return valid 2018/19 Q2 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2018), Quarter.Q2));
        }
    }

    /** Valid 2018/19 Q3 returns: {@code @ForAll(supplier = ValidReturns.Q3_2018_19.class) QuarterlyReturn r}. */
    public static final class Q3_2018_19 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q3_2018_19() {
        }

        /** @return valid 2018/19 Q3 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2018), Quarter.Q3));
        }
    }

    /** Valid 2018/19 Q4 returns: {@code @ForAll(supplier = ValidReturns.Q4_2018_19.class) QuarterlyReturn r}. */
    public static final class Q4_2018_19 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public Q4_2018_19() {
        }

        /** @return valid 2018/19 Q4 returns */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(ReportingPeriod.of(FinancialYear.of(2018), Quarter.Q4));
        }
    }

    /** Valid 2018/19 returns of any quarter. */
    public static final class ANY_2018_19 implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public ANY_2018_19() {
        }

        /** @return valid 2018/19 returns of any quarter */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns(Edition.QUARTERLY_2018_19);
        }
    }

    /** Valid returns of every edition and quarter (the default for {@code @ForAll QuarterlyReturn}). */
    public static final class ANY implements ArbitrarySupplier<QuarterlyReturn> {
        /** Created by jqwik. */
        public ANY() {
        }

        /** @return valid returns of every edition and quarter */
        @Override
        public Arbitrary<QuarterlyReturn> get() {
            return BcfArbitraries.quarterlyReturns();
        }
    }
}
