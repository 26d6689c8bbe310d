package dev.bcfkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results of {@link QuarterBenchmarks} (benchmarks/run.sh writes
 * {@code benchmarks/target/jmh-result.json}) into the Markdown table of benchmarks/RESULTS.md:
 * returns per second, microseconds and bytes allocated per return, and each benchmark's cost as a
 * multiple of the plain Jackson {@code readTree} of the same bytes, all from the one run; then the
 * issue's two JMH targets, met or missed.
 */
public final class ResultsTable {
    /** The full check may cost at most this many times the baseline readTree. */
    static final double MOST_FULL_CHECK_COST = 2.0;
    /** The rules alone must check at least this many returns per second on one thread. */
    static final double LEAST_RULES_PER_SECOND = 100_000;

    private ResultsTable() {
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON result file; without one, {@code benchmarks/target/jmh-result.json}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/target/jmh-result.json");
        System.out.print(table(new ObjectMapper().readTree(file.toFile())));
    }

    /**
     * @param results JMH's JSON results: an array with one entry per benchmark
     * @return the Markdown table and the targets
     */
    static String table(JsonNode results) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r);
        }
        double baseline = score(byName.get("baselineReadTree"));
        StringBuilder b = new StringBuilder();
        b.append("| Benchmark | returns/s (± 99.9% CI) | µs per return | bytes allocated per return"
                + " | cost vs readTree |\n");
        b.append("|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
            JsonNode r = e.getValue();
            double score = score(r);
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            b.append(String.format(Locale.ROOT, "| %s | %,.0f ± %,.0f | %.1f | %s | %s |%n", e.getKey(), score,
                    r.get("primaryMetric").get("scoreError").asDouble(), 1e6 / score,
                    alloc.isMissingNode() ? "(no -prof gc)" : String.format(Locale.ROOT, "%,.0f", alloc.asDouble()),
                    Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, "%.2fx", baseline / score)));
        }
        double full = score(byName.get("fullCheck"));
        double rules = score(byName.get("rulesOnly"));
        b.append('\n');
        if (!Double.isNaN(baseline) && !Double.isNaN(full)) {
            double ratio = baseline / full;
            b.append(String.format(Locale.ROOT, "Full check costs %.2fx the plain readTree (target: at most %.1fx): %s%n",
                    ratio, MOST_FULL_CHECK_COST, ratio <= MOST_FULL_CHECK_COST ? "met" : "MISSED"));
        }
        if (!Double.isNaN(rules)) {
            b.append(String.format(Locale.ROOT, "Rules only: %,.0f returns/s on one thread (target: at least %,.0f): %s%n",
                    rules, LEAST_RULES_PER_SECOND, rules >= LEAST_RULES_PER_SECOND ? "met" : "MISSED"));
        }
        return b.toString();
    }

    private static double score(JsonNode result) {
        return result == null ? Double.NaN : result.get("primaryMetric").get("score").asDouble();
    }
}
