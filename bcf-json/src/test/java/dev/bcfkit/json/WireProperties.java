package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.BcfArbitraries;
import dev.bcfkit.testkit.Defects;
import dev.bcfkit.testkit.Injected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the wire format over generated documents (bcf-testkit's arbitraries): written
 * documents are valid against the shipped schema, writing is byte-stable, money keeps its scale,
 * and no damaged input makes the reader throw anything but a {@link BcfParseException}.
 */
class WireProperties {
    private static final BcfJson JSON = BcfJson.strict();

    @Property(tries = 60)
    void everyWrittenReturnIsValidAgainstTheSchema(@ForAll("returns") QuarterlyReturn r) {
        String text = JSON.writeString(r);
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, text), text);
    }

    @Property(tries = 60)
    void everyWrittenReturnWithDefectsIsStillValidAgainstTheSchema(@ForAll("brokenReturns") Injected<QuarterlyReturn> r) {
        String text = JSON.writeString(r.broken());
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.QUARTERLY_RETURN, text), text);
    }

    @Property(tries = 40)
    void everyWrittenPlanAndPooledBudgetIsValidAgainstTheSchema(@ForAll("plans") Plan plan,
            @ForAll("pooledBudgets") PooledBudget budget) {
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.PLAN, JSON.writeString(plan)));
        assertEquals(List.of(), SchemaValidation.problems(DocumentFormat.POOLED_BUDGET, JSON.writeString(budget)));
    }

    @Property(tries = 100)
    void writingWhatWasReadGivesTheSameBytes(@ForAll("returns") QuarterlyReturn r) {
        byte[] once = JSON.write(r);
        assertArrayEquals(once, JSON.write(JSON.readDocument(once, "generated.json")));
    }

    @Property(tries = 300)
    void moneyIsWrittenAsItsPlainAmountAndReadWithItsScale(@ForAll("money") Money amount) {
        String text = JSON.writeString(amount);
        assertEquals(amount.amount().toPlainString() + "\n", text);
        Money back = JSON.read(text.getBytes(StandardCharsets.UTF_8), Money.class);
        assertEquals(amount.amount(), back.amount(), "BigDecimal equality includes the scale");
    }

    @Property(tries = 300)
    void damagedInputIsEitherReadOrRefusedWithAPointer(@ForAll("damaged") String text) {
        for (BcfJson json : new BcfJson[] {BcfJson.strict(), BcfJson.lenient()}) {
            try {
                Object read = json.readDocument(text.getBytes(StandardCharsets.UTF_8), "damaged.json");
                assertTrue(read instanceof QuarterlyReturn);
            } catch (BcfParseException e) {
                assertNull(e.getCause());
                assertTrue(e.getMessage().startsWith("damaged.json: "), e.getMessage());
                assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.pointer());
                assertTrue(e.line() >= -1 && e.column() >= -1);
            }
        }
    }

    @Provide
    Arbitrary<QuarterlyReturn> returns() {
        return BcfArbitraries.quarterlyReturns();
    }

    @Provide
    Arbitrary<Injected<QuarterlyReturn>> brokenReturns() {
        return Defects.injected(BcfArbitraries.quarterlyReturns(), Defects.forReturns());
    }

    @Provide
    Arbitrary<Plan> plans() {
        return BcfArbitraries.plans();
    }

    @Provide
    Arbitrary<PooledBudget> pooledBudgets() {
        return BcfArbitraries.pooledBudgets();
    }

    @Provide
    Arbitrary<Money> money() {
        return BcfArbitraries.money();
    }

    /** A written return with one cut, insertion or replacement somewhere in its text. */
    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> texts = BcfArbitraries.quarterlyReturns().map(JSON::writeString);
        Arbitrary<String> pieces = Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "NaN", "1e999999999",
                "12.345", "\"@class\": \"x\",", "\\u0000", "\u0000", "-", "0", "true", "\"Q5\"", "\"2019/20\"");
        return Combinators.combine(texts, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3),
                pieces).as((text, where, cut, piece) -> {
                    int at = (int) Math.floor(where * text.length());
                    return text.substring(0, at) + piece + text.substring(Math.min(text.length(), at + cut));
                });
    }
}
