package dev.bcfkit.testkit.seeds;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.function.Supplier;

/**
 * The sample documents the project ships as JSON files ({@code examples/data/} in the source
 * repository, named by {@link #fileName()}): each is exactly its golden fixture of this package,
 * as {@code BcfJson} writes it. Tests that need a sample take it from here (the fixture, or its
 * JSON written at run time) rather than reading another module's folder; the examples module
 * checks that its committed files are these fixtures as written.
 */
public enum SampleDocument {
    /** Southend 2016/17 Q1 ({@code [002:854-1171]}). */
    SOUTHEND_2016_17_Q1("southend-2016-17-q1.json", QuarterlyReturn.class, SouthendReturns::q1),
    /** Southend 2016/17 Q2 ({@code [002:1420-1792]}). */
    SOUTHEND_2016_17_Q2("southend-2016-17-q2.json", QuarterlyReturn.class, SouthendReturns::q2),
    /** Southend 2016/17 Q3 ({@code [002:1796-2187]}). */
    SOUTHEND_2016_17_Q3("southend-2016-17-q3.json", QuarterlyReturn.class, SouthendReturns::q3),
    /** Southend 2016/17 Q4 ({@code [002:2191-2613]}). */
    SOUTHEND_2016_17_Q4("southend-2016-17-q4.json", QuarterlyReturn.class, SouthendReturns::q4),
    /** Nottinghamshire 2017/18 Q2 ({@code [000]}). */
    NOTTINGHAMSHIRE_2017_18_Q2("nottinghamshire-2017-18-q2.json", QuarterlyReturn.class,
            NottinghamshireReturn::q2of2017to18),
    /** Dorset 2018/19 Q2 ({@code [004]}). */
    DORSET_2018_19_Q2("dorset-2018-19-q2.json", QuarterlyReturn.class, DorsetReturn::q2of2018to19),
    /** Nottinghamshire's 2014 plan ({@code [003]}). */
    NOTTINGHAMSHIRE_PLAN_2014("nottinghamshire-plan-2014.json", Plan.class, NottinghamshirePlan::plan2014),
    /** Southend's 2017-19 pooled budget ({@code [002:107-128]}). */
    SOUTHEND_POOLED_BUDGET("southend-pooled-budget-2017-19.json", PooledBudget.class,
            SeedPooledBudgets::southend2017to19),
    /** Nottinghamshire's 2017-19 pooled budget ({@code [000:42-53]}). */
    NOTTINGHAMSHIRE_POOLED_BUDGET("nottinghamshire-pooled-budget-2017-19.json", PooledBudget.class,
            SeedPooledBudgets::nottinghamshire2017to19),
    /** The Mid-Nottinghamshire Better Together Alliance's local outcomes, October 2016 ({@code [001:35-41]}). */
    MID_NOTTS_ALLIANCE_2016_10("mid-notts-alliance-2016-10.json", LocalOutcomeTable.class,
            MidNottinghamshireOutcomes::october2016),
    /** Southend's 2017-19 plan as far as its board's reports state it ({@code [002:33-184]}). */
    SOUTHEND_PLAN_2017_19("southend-plan-2017-19.json", PolicyFrameworkPlan.class, SouthendPlan2017To19::plan);

    private final String fileName;
    private final Class<?> documentType;
    private final Supplier<?> fixture;

    SampleDocument(String fileName, Class<?> documentType, Supplier<?> fixture) {
        this.fileName = fileName;
        this.documentType = documentType;
        this.fixture = fixture;
    }

    /** @return the sample's file name, such as {@code southend-2016-17-q4.json} */
    public String fileName() {
        return fileName;
    }

    /**
     * @return the document's type: {@code QuarterlyReturn}, {@code Plan}, {@code PooledBudget},
     *     {@code PolicyFrameworkPlan} or {@code LocalOutcomeTable}
     */
    public Class<?> documentType() {
        return documentType;
    }

    /** @return the golden fixture, a new instance each time (equal to every other) */
    public Object fixture() {
        return fixture.get();
    }
}
