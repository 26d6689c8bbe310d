package dev.bcfkit.testkit;

import dev.bcfkit.core.funding.PooledBudget;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Named suppliers of valid pooled budgets:
 * {@code @ForAll(supplier = ValidPooledBudgets.POLICY_2017_19.class) PooledBudget b}.
 */
public final class ValidPooledBudgets {
    private ValidPooledBudgets() {
    }

    /** Valid 2017-19 pooled budgets under the Policy Framework ({@code [002:395-517]}). */
    public static final class POLICY_2017_19 implements ArbitrarySupplier<PooledBudget> {
        /** Created by jqwik. */
        public POLICY_2017_19() {
        }

        /** @return valid 2017-19 pooled budgets */
        @Override
        public Arbitrary<PooledBudget> get() {
            return BcfArbitraries.pooledBudgets();
        }
    }
}
