package dev.bcfkit.rules.editions;

import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.FinancialYear;
import java.util.List;

/**
 * The facts of one plan edition, in one place: the financial years it plans for. Rules ask the
 * profile of the edition they judge rather than naming editions, so a new plan edition is a new
 * constant here.
 */
public enum PlanProfile {
    /**
     * The 2014 planning template Part 1, for 2014/15 and 2015/16: "Minimum required value of ITF
     * pooled budget: 2014/15 ... 2015/16" ({@code [003:20-23]}) and the protecting-social-care
     * table's columns "2014/15 2015/16" ({@code [003:616]}).
     */
    PLAN_2014(Edition.PLAN_2014, List.of(FinancialYear.of(2014), FinancialYear.of(2015))),
    /**
     * The 2017-19 plan under the Integration and BCF Policy Framework, which "covers two financial
     * years (2017-19)" ({@code [002:397]}): 2017/18 and 2018/19, the years of the national funding
     * table ({@code [002:429-435]}).
     */
    PLAN_2017_19(Edition.PLAN_2017_19, List.of(FinancialYear.of(2017), FinancialYear.of(2018)));

    private final Edition edition;
    private final List<FinancialYear> years;

    PlanProfile(Edition edition, List<FinancialYear> years) {
        this.edition = edition;
        this.years = years;
    }

    /**
     * @param edition a plan edition
     * @return its profile
     * @throws IllegalArgumentException if the edition is not a plan
     */
    public static PlanProfile of(Edition edition) {
        for (PlanProfile p : values()) {
            if (p.edition == edition) {
                return p;
            }
        }
        throw new IllegalArgumentException("edition " + edition + " (" + (edition == null ? "none" : edition.label())
                + ") is not a plan");
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the financial years the plan covers, in order */
    public List<FinancialYear> years() {
        return years;
    }

    /**
     * @param edition an edition
     * @return whether it is a plan, and so has a profile
     */
    public static boolean profiled(Edition edition) {
        return edition != null && edition.kind() == DocumentKind.PLAN;
    }
}
