package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.Blanked;
import dev.bcfkit.testkit.ValidPlans;
import dev.bcfkit.testkit.ValidPooledBudgets;
import dev.bcfkit.testkit.ValidReturns;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Any document the JSON Schema accepts reads without exception, in every edition: documents from
 * the testkit's generators, and the same with any optional member or section left blank (absent
 * on the wire). Blanks are absent or null ("Please leave any missing data cells as blank",
 * {@code [004:175]}), so the schema must accept them and the reader must read them back unchanged.
 */
class BlankMembersProperties {
    private static final BcfJson JSON = BcfJson.strict();

    private static <T extends Record> void schemaValidAndReads(T document, int pick, Class<T> type,
            DocumentFormat format) {
        int members = Blanked.count(document);
        T blanked = members == 0 ? document : Blanked.blank(document, pick % members);
        for (T d : List.of(document, blanked)) {
            String json = new String(JSON.write(d), StandardCharsets.UTF_8);
            assertEquals(List.of(), SchemaValidation.problems(format, json), json);
            assertEquals(d, JSON.read(json.getBytes(StandardCharsets.UTF_8), type), json);
        }
    }

    @Property(tries = 150)
    void everyReturnTheSchemaAcceptsReads(@ForAll(supplier = ValidReturns.ANY.class) QuarterlyReturn r,
            @ForAll @IntRange(max = 100_000) int pick) {
        schemaValidAndReads(r, pick, QuarterlyReturn.class, DocumentFormat.QUARTERLY_RETURN);
    }

    @Property(tries = 50)
    void everyPlanTheSchemaAcceptsReads(@ForAll(supplier = ValidPlans.PLAN_2014.class) Plan p,
            @ForAll @IntRange(max = 100_000) int pick) {
        schemaValidAndReads(p, pick, Plan.class, DocumentFormat.PLAN);
    }

    @Property(tries = 50)
    void everyPooledBudgetTheSchemaAcceptsReads(
            @ForAll(supplier = ValidPooledBudgets.POLICY_2017_19.class) PooledBudget b,
            @ForAll @IntRange(max = 100_000) int pick) {
        schemaValidAndReads(b, pick, PooledBudget.class, DocumentFormat.POOLED_BUDGET);
    }
}
