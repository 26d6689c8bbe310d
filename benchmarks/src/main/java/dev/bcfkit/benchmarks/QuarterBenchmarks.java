package dev.bcfkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The cost of checking a national quarter of returns, step by step, all on the same bytes of
 * {@link QuarterState}. Each invocation handles all {@value NationalQuarter#BOARDS} returns and
 * counts as that many operations, so throughput is in returns per second and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} in bytes per return. Every method returns what it produced, one
 * entry per return, so nothing is optimised away and a test can check the results; the one
 * result array per invocation costs a few bytes per return.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(NationalQuarter.BOARDS)
public class QuarterBenchmarks {

    /** Creates the benchmarks (JMH does, once per fork). */
    public QuarterBenchmarks() {
        // Stateless: everything is in QuarterState.
    }

    /**
     * 1. The baseline: plain Jackson {@code ObjectMapper.readTree} of each return's bytes.
     *
     * @param s the fixture
     * @return each return's tree
     */
    @Benchmark
    public JsonNode[] baselineReadTree(QuarterState s) {
        JsonNode[] out = new JsonNode[s.bytes.length];
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = s.mapper.readTree(s.bytes[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * 2. bcf-json's strict reader into the model.
     *
     * @param s the fixture
     * @return each return, read
     */
    @Benchmark
    public QuarterlyReturn[] read(QuarterState s) {
        QuarterlyReturn[] out = new QuarterlyReturn[s.bytes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.json.read(s.bytes[i], s.names[i], QuarterlyReturn.class);
        }
        return out;
    }

    /**
     * 3. The rulebook of each return's edition, rule by rule, on returns already read.
     *
     * @param s the fixture
     * @return each return's findings
     */
    @Benchmark
    public List<List<Finding>> rulesOnly(QuarterState s) {
        List<List<Finding>> out = new ArrayList<>(s.returns.length);
        for (int i = 0; i < s.returns.length; i++) {
            List<Finding> findings = new ArrayList<>();
            for (Rule<QuarterlyReturn> rule : s.rules[i]) {
                rule.check(s.returns[i], s.contexts[i], findings::add);
            }
            out.add(findings);
        }
        return out;
    }

    /**
     * 4. The shape only: Jakarta Bean Validation of each return already read, through Hibernate
     * Validator.
     *
     * @param s the fixture
     * @return each return's constraint violations
     */
    @Benchmark
    public List<Set<ConstraintViolation<QuarterlyReturn>>> shapeOnly(QuarterState s) {
        List<Set<ConstraintViolation<QuarterlyReturn>>> out = new ArrayList<>(s.returns.length);
        for (QuarterlyReturn r : s.returns) {
            out.add(s.shape.validate(r));
        }
        return out;
    }

    /**
     * 5. The full check, as {@code bcf check} does it: read the document of whichever kind its
     * format names, with what the reader judged of its shape, then validate it (its shape only if
     * the reader left it to judge) and its rules into a report.
     *
     * @param s the fixture
     * @return each return's report
     */
    @Benchmark
    public Report[] fullCheck(QuarterState s) {
        Report[] out = new Report[s.bytes.length];
        for (int i = 0; i < out.length; i++) {
            ReadResult<BcfDocument> read = s.json.readDocumentWithNotices(s.bytes[i], s.names[i]);
            out[i] = s.validator.validate(read.value(), read.shape());
        }
        return out;
    }

    /**
     * 6. Writing each return back to JSON with bcf-json.
     *
     * @param s the fixture
     * @return each return's JSON
     */
    @Benchmark
    public byte[][] write(QuarterState s) {
        byte[][] out = new byte[s.returns.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.json.write(s.returns[i]);
        }
        return out;
    }
}
