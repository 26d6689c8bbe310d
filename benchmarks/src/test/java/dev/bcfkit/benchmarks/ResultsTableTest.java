package dev.bcfkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The RESULTS.md table: per-return figures, the cost against readTree, and the targets' verdicts. */
class ResultsTableTest {

    private static JsonNode results(double readTree, double fullCheck, double rules) throws Exception {
        String json = "[" + result("baselineReadTree", readTree, 30000) + "," + result("fullCheck", fullCheck, 150000)
                + "," + result("rulesOnly", rules, 25000) + "]";
        return new ObjectMapper().readTree(json);
    }

    private static String result(String name, double score, double alloc) {
        return "{\"benchmark\": \"dev.bcfkit.benchmarks.QuarterBenchmarks." + name + "\", \"primaryMetric\": {\"score\": "
                + score + ", \"scoreError\": 100.0}, \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": "
                + alloc + "}}}";
    }

    @Test
    void aRowPerBenchmarkWithItsCostAgainstTheBaseline() throws Exception {
        String table = ResultsTable.table(results(50_000, 10_000, 150_000));
        assertTrue(table.contains("| baselineReadTree | 50,000 ± 100 | 20.0 | 30,000 | 1.00x |"), table);
        assertTrue(table.contains("| fullCheck | 10,000 ± 100 | 100.0 | 150,000 | 5.00x |"), table);
        assertTrue(table.contains("Full check costs 5.00x the plain readTree (target: at most 2.0x): MISSED"), table);
        assertTrue(table.contains("Rules only: 150,000 returns/s on one thread (target: at least 100,000): met"), table);
    }

    @Test
    void targetsMetAndMissedTheOtherWayRound() throws Exception {
        String table = ResultsTable.table(results(50_000, 25_000, 99_999));
        assertTrue(table.contains("Full check costs 2.00x the plain readTree (target: at most 2.0x): met"), table);
        assertTrue(table.contains("Rules only: 99,999 returns/s on one thread (target: at least 100,000): MISSED"), table);
    }
}
