package dev.bcfkit.json;

import dev.bcfkit.testkit.seeds.DorsetReturn;
import dev.bcfkit.testkit.seeds.NottinghamshirePlan;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import dev.bcfkit.testkit.seeds.SeedPooledBudgets;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The sample documents in {@code examples/data/}: the real returns, plan and pooled budgets of the
 * seeds, each written by {@link BcfJson} from its golden fixture in bcf-testkit, which transcribes
 * the seed field by field.
 */
enum Sample {
    /** Southend 2016/17 Q1 ({@code [002:854-1171]}). */
    SOUTHEND_2016_17_Q1("southend-2016-17-q1.json", DocumentFormat.QUARTERLY_RETURN, SouthendReturns::q1),
    /** Southend 2016/17 Q2 ({@code [002:1420-1792]}). */
    SOUTHEND_2016_17_Q2("southend-2016-17-q2.json", DocumentFormat.QUARTERLY_RETURN, SouthendReturns::q2),
    /** Southend 2016/17 Q3 ({@code [002:1796-2187]}). */
    SOUTHEND_2016_17_Q3("southend-2016-17-q3.json", DocumentFormat.QUARTERLY_RETURN, SouthendReturns::q3),
    /** Southend 2016/17 Q4 ({@code [002:2191-2613]}). */
    SOUTHEND_2016_17_Q4("southend-2016-17-q4.json", DocumentFormat.QUARTERLY_RETURN, SouthendReturns::q4),
    /** Nottinghamshire 2017/18 Q2 ({@code [000]}). */
    NOTTINGHAMSHIRE_2017_18_Q2("nottinghamshire-2017-18-q2.json", DocumentFormat.QUARTERLY_RETURN,
            NottinghamshireReturn::q2of2017to18),
    /** Dorset 2018/19 Q2 ({@code [004]}). */
    DORSET_2018_19_Q2("dorset-2018-19-q2.json", DocumentFormat.QUARTERLY_RETURN, DorsetReturn::q2of2018to19),
    /** Nottinghamshire's 2014 plan ({@code [003]}). */
    NOTTINGHAMSHIRE_PLAN_2014("nottinghamshire-plan-2014.json", DocumentFormat.PLAN, NottinghamshirePlan::plan2014),
    /** Southend's 2017-19 pooled budget ({@code [002:107-128]}). */
    SOUTHEND_POOLED_BUDGET("southend-pooled-budget-2017-19.json", DocumentFormat.POOLED_BUDGET,
            SeedPooledBudgets::southend2017to19),
    /** Nottinghamshire's 2017-19 pooled budget ({@code [000:42-53]}). */
    NOTTINGHAMSHIRE_POOLED_BUDGET("nottinghamshire-pooled-budget-2017-19.json", DocumentFormat.POOLED_BUDGET,
            SeedPooledBudgets::nottinghamshire2017to19);

    private final String fileName;
    private final DocumentFormat format;
    private final Supplier<Object> fixture;

    Sample(String fileName, DocumentFormat format, Supplier<Object> fixture) {
        this.fileName = fileName;
        this.format = format;
        this.fixture = fixture;
    }

    /** @return the file name in examples/data */
    String fileName() {
        return fileName;
    }

    /** @return the file */
    Path file() {
        return Regeneration.SAMPLES.resolve(fileName);
    }

    /** @return the document's format */
    DocumentFormat format() {
        return format;
    }

    /** @return the golden fixture the file is written from */
    Object fixture() {
        return fixture.get();
    }
}
