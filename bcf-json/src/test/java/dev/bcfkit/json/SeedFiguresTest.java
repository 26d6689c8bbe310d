package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Selected figures of each sample file, checked against the seed papers themselves, not against
 * the fixtures the files are written from: the figure is printed on the seed line the fixture
 * cites, and the file has the same figure, as an exact JSON number, at the pointer. A blank cell is
 * checked to be absent (the seed line shows nothing there), never 0.
 */
class SeedFiguresTest {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static Stream<Arguments> figures() {
        return Stream.of(
                // Southend 2016/17: the pooled fund phased 3,282,763 + 3 x 3,282,762 [002:1023]
                figure(Sample.SOUTHEND_2016_17_Q1, "/incomeAndExpenditure/pooledFund", "13131049", "002", 1023,
                        "£13,131,049"),
                figure(Sample.SOUTHEND_2016_17_Q1, "/incomeAndExpenditure/income/plan/q1", "3282763", "002", 1023,
                        "Plan\t£3,282,763"),
                figure(Sample.SOUTHEND_2016_17_Q1, "/incomeAndExpenditure/income/plan/q4", "3282762", "002", 1023,
                        "£3,282,762\t£13,131,049"),
                figure(Sample.SOUTHEND_2016_17_Q1, "/incomeAndExpenditure/income/actual/q1", "3282763", "002", 1025,
                        "Actual*\t£3,282,763"),
                figure(Sample.SOUTHEND_2016_17_Q2, "/incomeAndExpenditure/income/actual/q2", "3282762", "002", 1625,
                        "Actual*\t£3,282,763\t£3,282,762"),
                figure(Sample.SOUTHEND_2016_17_Q3, "/incomeAndExpenditure/income/actual/q3", "3282762", "002", 2011,
                        "£3,282,763\t£3,282,762\t£3,282,762"),
                figure(Sample.SOUTHEND_2016_17_Q4, "/incomeAndExpenditure/expenditure/actual/annualTotal",
                        "13131049", "002", 2415, "£3,282,762\t£13,131,049"),
                // Nottinghamshire Q2 2017/18, Table 1 [000:23], [000:26]
                figure(Sample.NOTTINGHAMSHIRE_2017_18_Q2, "/metrics/0/figures/target", "21722", "000", 23, "21,722 Q2"),
                figure(Sample.NOTTINGHAMSHIRE_2017_18_Q2, "/metrics/3/figures/actual", "644.14", "000", 26,
                        "644.14 Q2"),
                // Dorset Q2 2018/19, additional iBCF [004:153], fees [004:178], [004:180]
                figure(Sample.DORSET_2018_19_Q2, "/additionalIbcf/allocation", "5478595", "004", 153, "£ 5,478,595"),
                figure(Sample.DORSET_2018_19_Q2, "/additionalIbcf/fees/0/previousYearRate", "20.00", "004", 178,
                        "£ 20.00"),
                figure(Sample.DORSET_2018_19_Q2, "/additionalIbcf/fees/0/estimatedUpliftPercent", "2.5", "004", 178,
                        "2.5%"),
                figure(Sample.DORSET_2018_19_Q2, "/additionalIbcf/fees/1/previousYearRate", "803", "004", 180,
                        "£ 803"),
                // Nottinghamshire's 2014 plan [003:20-23], [003:617-620], [003:626]
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/details/minimumPooledBudget/2014~115", "16100000", "003", 20,
                        "£16,100,000"),
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/details/agreedPooledBudget/2014~115", "33971484", "003", 22,
                        "£33,971,484"),
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/details/agreedPooledBudget/2015~116", "59464000", "003", 23,
                        "£59,464,000"),
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/socialCareProtection/allocations/0/amounts/2014~115",
                        "2227000", "003", 617, "North Nottinghamshire\t£2,227,000"),
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/socialCareProtection/total/2015~116", "16117000", "003",
                        620, "£16,117,000"),
                figure(Sample.NOTTINGHAMSHIRE_PLAN_2014, "/socialCareProtection/careBill/statedTotal", "2681000",
                        "003", 626, "£2,681,000"),
                // the pooled budgets: Southend's iBCF [002:128], Nottinghamshire's iBCF [000:53]
                figure(Sample.SOUTHEND_POOLED_BUDGET, "/improvedBcf/allocations/2017~118", "3990000", "002", 128,
                        "2017/18 £3.99M"),
                figure(Sample.SOUTHEND_POOLED_BUDGET, "/improvedBcf/allocations/2018~119", "5429000", "002", 128,
                        "2018/19 £5.429M"),
                figure(Sample.NOTTINGHAMSHIRE_POOLED_BUDGET, "/improvedBcf/spendForecast/allocation", "16059934",
                        "000", 53, "£16,059,934"),
                figure(Sample.NOTTINGHAMSHIRE_POOLED_BUDGET, "/improvedBcf/spendForecast/oneOffAvailable", "560287",
                        "000", 53, "£560,287"),
                figure(Sample.NOTTINGHAMSHIRE_POOLED_BUDGET, "/improvedBcf/statedTotal", "64130000", "000", 42,
                        "£64.13m over three years"));
    }

    private static Arguments figure(Sample sample, String pointer, String json, String seed, int line,
            String seedText) {
        return Arguments.of(sample, pointer, json, seed, line, seedText);
    }

    @ParameterizedTest(name = "{0} {1} = {2}, seed {3} line {4}")
    @MethodSource("figures")
    void theFigureIsOnTheCitedSeedLineAndInTheFile(Sample sample, String pointer, String json, String seed,
            int line, String seedText) throws IOException {
        String seedLine = seedLine(seed, line);
        assertTrue(seedLine.contains(seedText), "[" + seed + ":" + line + "] should print \"" + seedText
                + "\" but is: " + seedLine);
        JsonNode node = EXACT.readTree(sample.bytes()).at(pointer);
        assertTrue(node.isNumber(), sample.fileName() + pointer + " should be a number, is " + node);
        assertEquals(json, node.decimalValue().toPlainString(), sample.fileName() + pointer);
    }

    @ParameterizedTest(name = "{0} {1} is blank on seed line {2}")
    @MethodSource("blanks")
    void aBlankCellOnTheSeedLineIsAbsentFromTheFile(Sample sample, String pointer, int line) throws IOException {
        String[] cells = seedLine("002", line).split("\t", -1);
        // "Actual*" then Q1 .. Q4: the cell after the last figure is empty in the seed
        List<String> row = List.of(cells).subList(List.of(cells).indexOf("Actual*"), cells.length);
        int quarter = Integer.parseInt(pointer.substring(pointer.length() - 1));
        assertEquals("", row.get(quarter).trim(), "the seed's cell for Q" + quarter);
        JsonNode node = EXACT.readTree(sample.bytes()).at(pointer);
        assertTrue(node.isMissingNode(), sample.fileName() + pointer + " should be absent (blank), is " + node);
    }

    static Stream<Arguments> blanks() {
        return Stream.of(
                Arguments.of(Sample.SOUTHEND_2016_17_Q1, "/incomeAndExpenditure/income/actual/q2", 1025),
                Arguments.of(Sample.SOUTHEND_2016_17_Q2, "/incomeAndExpenditure/income/actual/q3", 1625),
                Arguments.of(Sample.SOUTHEND_2016_17_Q3, "/incomeAndExpenditure/expenditure/actual/q4", 2032));
    }

    private static String seedLine(String seed, int line) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Papers.DIR, seed + "_*.txt")) {
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return lines.get(line - 1);
            }
        }
        throw new IOException("no seed " + seed + " in " + Papers.DIR);
    }
}
