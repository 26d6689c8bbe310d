package dev.bcfkit.testkit;

import dev.bcfkit.core.plan.Plan;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Named suppliers of valid plans: {@code @ForAll(supplier = ValidPlans.PLAN_2014.class) Plan p}.
 */
public final class ValidPlans {
    private ValidPlans() {
    }

    /** Valid 2014 plans, template Part 1 ({@code [003]}). */
    public static final class PLAN_2014 implements ArbitrarySupplier<Plan> {
        /** Created by jqwik. */
        public PLAN_2014() {
        }

        /** @return valid 2014 plans */
        @Override
        public Arbitrary<Plan> get() {
            return BcfArbitraries.plans();
        }
    }
}
