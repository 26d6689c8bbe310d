package dev.bcfkit.json;

import static dev.bcfkit.json.HandMade.RETURN_2016_17;
import static dev.bcfkit.json.HandMade.RETURN_2017_18;
import static dev.bcfkit.json.HandMade.bytes;
import static dev.bcfkit.json.HandMade.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.AverageFee;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.NationalCondition;
import dev.bcfkit.core.returns.QuarterlyFigures;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.seeds.DorsetReturn;
import dev.bcfkit.testkit.seeds.NottinghamshirePlan;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire format's conventions as {@link BcfJson} reads and writes them: exact money with its
 * scale, blank is not zero, template labels, the {@code format} property first, component order,
 * the layout, and the facade's entry points.
 */
class BcfJsonTest {
    private final BcfJson json = BcfJson.strict();

    @Test
    void moneyIsReadExactlyWithItsScale() {
        AverageFee fee = json.read(bytes(RETURN_2017_18), QuarterlyReturn.class).additionalIbcf().fees().get(0);
        assertEquals(new BigDecimal("20.00"), fee.previousYearRate().amount());
        assertEquals(2, fee.previousYearRate().amount().scale());
        assertEquals(new BigDecimal("2.5"), fee.estimatedUpliftPercent());
        QuarterlyReturn q3 = json.read(bytes(RETURN_2016_17), QuarterlyReturn.class);
        assertEquals(0, q3.incomeAndExpenditure().pooledFund().amount().scale());
        assertEquals(Money.pounds(13_131_049), q3.incomeAndExpenditure().pooledFund());
        String written = json.writeString(DorsetReturn.q2of2018to19());
        assertTrue(written.contains("\"previousYearRate\": 20.00,"), "20.00 keeps its pence when written");
    }

    @Test
    void blankIsNotZero() {
        QuarterlyFigures actual = json.read(bytes(RETURN_2016_17), QuarterlyReturn.class).incomeAndExpenditure()
                .income().actual();
        assertEquals(Money.ZERO, actual.q3(), "0 is an entered zero");
        assertNull(actual.q4(), "null is a blank cell");
        assertNull(actual.annualTotal(), "an absent property is a blank cell");
        String written = json.writeString(json.read(bytes(RETURN_2016_17), QuarterlyReturn.class));
        assertTrue(written.contains("\"q3\": 0\n"), written);
        assertFalse(written.contains("null"), "blank cells are left out, never written as null");
    }

    @Test
    void closedListsTravelAsTheirTemplateLabels() {
        QuarterlyReturn q3 = json.read(bytes(RETURN_2016_17), QuarterlyReturn.class);
        assertEquals(ConditionAnswer.NO_IN_PROGRESS, q3.nationalConditions().get(1).answer());
        assertEquals(NationalCondition.NC2016_3I, q3.nationalConditions().get(1).condition());
        assertEquals(ConditionAnswer.YES, q3.nationalConditions().get(0).previousResponses().get(Quarter.Q2));
        QuarterlyReturn q2 = json.read(bytes(RETURN_2017_18), QuarterlyReturn.class);
        assertEquals(List.of(MaturityLevel.PLANS_IN_PLACE, MaturityLevel.ESTABLISHED),
                List.copyOf(q2.highImpactChangeModel().changes().get(0).maturity().values()));
        String written = json.writeString(SouthendReturns.q4());
        assertTrue(written.contains("\"Social Care\""), "care settings by label");
        assertTrue(written.contains("\"condition\": \"3i\""), "conditions by code");
    }

    @Test
    void theFormatComesFirstAndPropertiesFollowTheRecordComponents() {
        String written = json.writeString(json.read(bytes(RETURN_2017_18), QuarterlyReturn.class));
        assertTrue(written.startsWith("{\n  \"format\": \"bcfkit/quarterly-return/1\",\n  \"period\": {\n"
                + "    \"year\": \"2017/18\",\n    \"quarter\": \"Q2\"\n  },\n  \"cover\": {"), written);
        List<String> order = List.of("\"period\"", "\"cover\"", "\"budgetArrangements\"", "\"nationalConditions\"",
                "\"metrics\"", "\"highImpactChangeModel\"", "\"narrative\"", "\"additionalIbcf\"");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(written.indexOf(order.get(i - 1)) < written.indexOf(order.get(i)), order.get(i));
        }
        assertTrue(written.contains("\"metrics\": [],\n"), "an empty list is []");
        assertTrue(written.contains("\"narrative\": {},\n"), "an empty object is {}");
        assertTrue(written.endsWith("}\n"), "a final newline");
        assertFalse(written.contains("\r"), "\\n line ends on every platform");
    }

    @Test
    void aLenientReadIgnoresUnknownPropertiesOnly() {
        assertTrue(json.isStrict());
        assertFalse(BcfJson.lenient().isStrict());
        assertSame(json, BcfJson.strict(), "built once");
        String extra = replace(RETURN_2017_18, "\"signedOffBy\": \"TBC\"", "\"signedOffBy\": \"TBC\", \"added\": 1");
        assertEquals(json.read(bytes(RETURN_2017_18), QuarterlyReturn.class),
                BcfJson.lenient().read(bytes(extra), QuarterlyReturn.class));
        String wrong = replace(RETURN_2017_18, "\"signedOffBy\": \"TBC\"", "\"signedOffBy\": 1");
        assertThrows(BcfParseException.class, () -> BcfJson.lenient().read(bytes(wrong), QuarterlyReturn.class));
    }

    @Test
    void filesAndStreamsAreNamedInMessages(@TempDir Path dir) {
        Path file = dir.resolve("notts.json");
        QuarterlyReturn q2 = json.read(bytes(RETURN_2017_18), QuarterlyReturn.class);
        json.write(q2, file);
        assertEquals(q2, json.read(file, QuarterlyReturn.class));
        assertEquals(q2, json.readDocument(file));
        byte[] broken = bytes(replace(RETURN_2017_18, "\"Home care\"", "\"Homecare\""));
        assertTrue(assertThrows(BcfParseException.class, () -> json.read(new ByteArrayInputStream(broken), "<stdin>",
                QuarterlyReturn.class)).getMessage().startsWith("<stdin>: /additionalIbcf/fees/0/serviceType: "));
        assertEquals("<input>", assertThrows(BcfParseException.class,
                () -> json.read(broken, QuarterlyReturn.class)).source());
        BcfParseException missing = assertThrows(BcfParseException.class,
                () -> json.read(dir.resolve("absent.json"), QuarterlyReturn.class));
        assertEquals("absent.json", missing.source());
        assertEquals(-1, missing.line());
    }

    @Test
    void readDocumentFindsTheFormatWhereverItIs() {
        String formatLast = replace(RETURN_2017_18, "  \"format\": \"bcfkit/quarterly-return/1\",\n", "")
                .replace("\n  \"narrative\": {},", "\n  \"narrative\": {},\n  \"format\": \"bcfkit/quarterly-return/1\",");
        assertTrue(formatLast.indexOf("\"format\"") > formatLast.indexOf("\"narrative\""));
        assertEquals(json.read(bytes(RETURN_2017_18), QuarterlyReturn.class),
                json.readDocument(bytes(formatLast), "notts.json"));
        assertEquals(DocumentFormat.QUARTERLY_RETURN, json.formatOf(bytes(formatLast), "notts.json"));
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
        byte[] large = new byte[Limits.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        BcfParseException e = assertThrows(BcfParseException.class,
                () -> json.read(new ByteArrayInputStream(large), "<stdin>", QuarterlyReturn.class));
        assertEquals("<stdin>: the document is larger than the reader allows (at most " + Limits.MAX_DOCUMENT_BYTES
                + " bytes)", e.getMessage());
    }

    @Test
    void onlyModelValuesAreWritten() {
        BcfException e = assertThrows(BcfException.class, () -> json.writeString("a string"));
        assertEquals("document: expected a quarterly return, plan or pooled budget, found java.lang.String",
                e.getMessage());
        assertThrows(BcfException.class, () -> json.write(null));
        assertThrows(BcfException.class, () -> json.read(bytes("\"x\""), String.class));
        assertEquals("3282763\n", json.writeString(Money.pounds(3_282_763)));
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (Sample sample : Sample.values()) {
                results.add(pool.submit(() -> json.read(json.write(sample.fixture()), sample.format().documentType())
                        .equals(sample.fixture())));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theWrittenFileIsUtf8WithoutNeedlessEscapes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        json.write(NottinghamshirePlan.plan2014(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("£2,681,000"), "the pound sign as UTF-8 [003:626]");
        assertFalse(text.contains("\\u00a3") || text.contains("\\u00A3"));
        assertEquals(NottinghamshirePlan.plan2014(), json.readDocument(file));
    }
}
