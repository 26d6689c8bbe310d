package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.rules.calc.Rates;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calculators on the command line: golden values from the papers, and refusals. */
class CalculatorCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void splitPhasesSouthendsPooledFundWithTheRemainderFirst() {
        // [002:2002]: 13,131,049 = 3,282,763 + 3 x 3,282,762
        Run run = Run.of("split", "--total", "13131049", "--parts", "4");
        assertEquals(0, run.status(), run.err());
        assertEquals("3282763\n3282762\n3282762\n3282762\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void splitInPenceKeepsTwoDecimals() {
        Run run = Run.of("split", "--total=10.00", "--parts=3", "--unit", "penny");
        assertEquals(0, run.status(), run.err());
        assertEquals("3.34\n3.33\n3.33\n", run.out());
    }

    @Test
    void splitInPoundsRefusesPenceWithOneLine() {
        Run run = Run.of("split", "--total", "10.50", "--parts", "2");
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().startsWith("bcf: split: "), run.err());
        assertTrue(run.err().contains("£10.50"), run.err());
    }

    @Test
    void splitAsJson() throws Exception {
        Run run = Run.of("split", "--total", "13131049", "--parts", "4", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode n = JSON.readTree(run.out());
        assertEquals(4, n.get("split").size());
        assertEquals("3282763", n.get("split").get(0).decimalValue().toPlainString());
        assertEquals(13131049L, n.get("total").longValue());
    }

    @Test
    void ratePer100kOfPersonalHealthBudgets() {
        // 24 / 180,589 -> 13.29. To 6 decimal places 2,400,000 / 180,589 is 13.289846(0039...),
        // printed exactly as the calculator returns it.
        Run run = Run.of("rate", "per100k", "--count", "24", "--population", "180589");
        assertEquals(0, run.status(), run.err());
        assertEquals("13.289846\n", run.out());
        assertEquals(Rates.per100k(24, 180_589).toPlainString() + "\n", run.out());
    }

    @Test
    void rateDtocAveragesPerMonthPer100k() {
        // (3000 + 3100 + 2900) / 3 months / 600,000 x 100,000 = 500
        Run run = Run.of("rate", "dtoc", "--delayed-days", "3000,3100,2900", "--population", "600000");
        assertEquals(0, run.status(), run.err());
        assertEquals("500.000000\n", run.out());
    }

    @Test
    void rateDtocAsJson() throws Exception {
        Run run = Run.of("rate", "dtoc", "--delayed-days", "10,20", "--population", "100000", "--year", "2017",
                "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode n = JSON.readTree(run.out());
        assertEquals(2, n.get("months").intValue());
        assertEquals(0, new BigDecimal("15").compareTo(n.get("averagePerMonthPer100k").decimalValue()));
        assertTrue(run.out().contains("\"averagePerMonthPer100k\": 15.000000\n"), run.out());
        assertEquals(2017, n.get("year").intValue());
    }

    @ParameterizedTest
    @CsvSource({
        // Nottinghamshire Q2 2017/18 [000:20-26]: BCF4 DTOC 613.7 target, 644.14 actual, low is good.
        "613.7, 644.14, lower, RED",
        "85, 84, higher, AMBER",
        "565.6, 493, lower, GREEN",
        "85, 85, higher, GREEN",
    })
    void ragRatesActualAgainstTarget(String target, String actual, String direction, String expected) {
        Run run = Run.of("rag", "--target", target, "--actual", actual, "--direction", direction);
        assertEquals(0, run.status(), run.err());
        assertEquals(expected + "\n", run.out());
    }

    @Test
    void ragToleranceIsAnOption() {
        // 84 against 85 is 1.18% short: amber at the default 2.5%, red at 1%.
        assertEquals("RED\n", Run.of("rag", "--target", "85", "--actual", "84", "--direction", "higher",
                "--tolerance", "1").out());
    }

    @Test
    void ragAsJson() throws Exception {
        Run run = Run.of("rag", "--target", "613.7", "--actual", "644.14", "--direction", "lower", "--format",
                "json");
        JsonNode n = JSON.readTree(run.out());
        assertEquals("RED", n.get("rag").textValue());
        assertEquals("2.5", n.get("tolerancePercent").decimalValue().toPlainString());
    }

    @Test
    void socialCareUpliftPrints2017Then2018() {
        // [002:673-675]: 1,000,000 x 1.0179 = 1,017,900; x 1.019 = 1,037,240.1 -> 1,037,240
        Run run = Run.of("uplift", "social-care", "--baseline", "1000000");
        assertEquals(0, run.status(), run.err());
        assertEquals("1017900\n1037240\n", run.out());
    }

    @Test
    void socialCareUpliftFrontloaded() {
        Run run = Run.of("uplift", "social-care", "--baseline", "1000000", "--frontload");
        assertEquals(0, run.status(), run.err());
        assertEquals("1037240\n1037240\n", run.out());
    }

    @Test
    void feesUpliftOfDorsetsWeeklyRate() {
        // [004]: £803 a week uplifted by 2.5% = 823.075 -> 823.08
        Run run = Run.of("fees", "uplift", "--rate", "803", "--percent", "2.5");
        assertEquals(0, run.status(), run.err());
        assertEquals("823.08\n", run.out());
    }

    @Test
    void feesAverageWeightsByClients() {
        Run repeated = Run.of("fees", "average", "--category", "30:743", "--category", "10:803");
        Run listed = Run.of("fees", "average", "--category", "30:743", "10:803");
        assertEquals(0, repeated.status(), repeated.err());
        assertEquals("758.00\n", repeated.out());
        assertEquals(repeated.out(), listed.out());
    }

    @Test
    void feesAverageAsJson() throws Exception {
        Run run = Run.of("fees", "average", "--category", "1:20.00", "--category", "2:20.01", "--format", "json");
        JsonNode n = JSON.readTree(run.out());
        assertEquals("20.01", n.get("average").decimalValue().toPlainString());
        assertEquals(2, n.get("categories").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "split --total abc --parts 4                     | bcf: split: --total: expected an amount in pounds",
        "split --total 1e9 --parts 4                     | bcf: split: --total: expected an amount in pounds",
        "split --total 100 --parts 0                     | bcf: split: --parts: expected a whole number from 1 to 1000",
        "split --total 100                               | bcf: split: missing --parts",
        "split --total 100 --parts 4 --unit euro         | bcf: split: --unit: expected pound or penny",
        "split --total 100 --parts 4 --frobnicate        | bcf: split: unknown option --frobnicate",
        "split --total 100 --parts 4 --total 5           | bcf: split: option --total is given twice",
        "split --total 100 --parts 4 extra               | bcf: split: unexpected argument",
        "split --total 100 --parts                       | bcf: split: option --parts needs a value",
        "split --total 100 --parts 4 --format xml        | bcf: split: --format: expected text or json",
        "rate per100k --count 24 --population 0          | bcf: rate per100k: --population: expected a number of people from 1",
        "rate per100k --count 2.5 --population 10        | bcf: rate per100k: --count: expected a whole number",
        "rate dtoc --delayed-days 1,x --population 10    | bcf: rate dtoc: --delayed-days: expected comma-separated",
        "rate nonsense                                   | bcf: rate: unknown command",
        "rate                                            | bcf: rate: missing command",
        "rag --target 1 --actual 2 --direction sideways  | bcf: rag: --direction: expected lower or higher",
        "rag --target x --actual 2 --direction lower     | bcf: rag: --target: expected a decimal number",
        "uplift social-care --baseline -5                | bcf: uplift social-care: baseline2016to17: expected £0 or more",
        "uplift social-care --frontload=yes              | bcf: uplift social-care: option --frontload takes no value",
        "fees average --category 10                      | bcf: fees average: --category: expected CLIENTS:FEE",
        "fees average --category 0:10                    | bcf: fees average: categories: expected at least one client",
        "fees uplift --rate 803 --percent two            | bcf: fees uplift: --percent: expected a decimal number",
        "frobnicate                                      | bcf: unknown command \"frobnicate\"",
        "-x                                              | bcf: unknown command \"-x\"",
    })
    void badInputIsOneLineAndStatus2(String commandLine, String expectedStart) {
        Run run = Run.of(commandLine.strip().split(" +"));
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.errIsOneLine(), () -> "one line expected: " + run.err());
        assertTrue(run.err().startsWith(expectedStart), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void noArgumentsPrintsUsageToStandardErrorWithStatus2() {
        Run run = Run.of();
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Usage: bcf <command>"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aPopulationOfNoneFewerOrMoreThanAnyCountryIsAClearUsageError() {
        for (String population : new String[] {"0", "-5", "100000001", "999999999999999999"}) {
            String expected = "expected a number of people from 1 to 100000000, found \"" + population + "\"\n";
            Run dtoc = Run.of("rate", "dtoc", "--delayed-days", "3000,3100", "--population", population);
            assertEquals(2, dtoc.status());
            assertEquals("bcf: rate dtoc: --population: " + expected, dtoc.err());
            assertEquals("", dtoc.out());
            Run per100k = Run.of("rate", "per100k", "--count", "24", "--population", population);
            assertEquals(2, per100k.status());
            assertEquals("bcf: rate per100k: --population: " + expected, per100k.err());
        }
        Run words = Run.of("rate", "per100k", "--count", "24", "--population", "many");
        assertEquals("bcf: rate per100k: --population: expected a number of people such as 180589, found \"many\"\n",
                words.err());
        Run most = Run.of("rate", "per100k", "--count", "24", "--population", "100000000");
        assertEquals("0.024000\n", most.out());
    }

    @Test
    void socialCareUpliftRefusesABaselineWhoseMinimumNoDocumentCouldHold() {
        Run run = Run.of("uplift", "social-care", "--baseline", "999999999999999.99");
        assertEquals(2, run.status());
        assertEquals("bcf: uplift social-care: --baseline: the minimum for 2017/18 would be £1,017,900,000,000,000,"
                + " more than the 15 digits of pounds an amount may have; expected a smaller baseline, found"
                + " \"999999999999999.99\"\n", run.err());
        assertEquals("", run.out());
        Run largest = Run.of("uplift", "social-care", "--baseline", "900000000000000");
        assertEquals(0, largest.status(), largest.err());
        assertEquals("916110000000000\n933516090000000\n", largest.out());
    }

    @Test
    void theHelpQuotesTheRateThatIsPrinted() {
        assertTrue(Run.of("rate", "per100k", "--help").out().contains("prints 13.289846"));
        assertEquals("13.289846\n", Run.of("rate", "per100k", "--count", "24", "--population", "180589").out());
    }
}
