package dev.bcfkit.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import dev.bcfkit.testkit.BcfArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * One {@link BcfJson} and one {@link BcfValidator}, shared by eight threads over 10,000 generated
 * returns of every edition, give exactly what one thread gives: the same documents read, the same
 * reports, the same bytes written (docs/SECURITY.md, "Thread safety"). The returns are generated
 * once, with a fixed seed, by bcf-testkit's generators, and serialized before any thread starts.
 */
class SharedInstancesTest {
    private static final int RETURNS = 10_000;
    private static final int THREADS = 8;
    private static final long SEED = 20170621L;
    /** A deadlock detector, not a speed test: the eight threads finish in seconds. */
    private static final long DEADLOCK_MINUTES = 3;

    private final BcfJson json = BcfJson.strict();
    private final BcfValidator validator = Validation.VALIDATOR;

    private static List<byte[]> generate(BcfJson json) {
        JqwikSession.start(); // jqwik's generators keep their memoised state in a session
        try {
            RandomGenerator<QuarterlyReturn> returns = BcfArbitraries.quarterlyReturns().generator(100);
            Random random = new Random(SEED);
            List<byte[]> files = new ArrayList<>(RETURNS);
            for (int i = 0; i < RETURNS; i++) {
                files.add(json.write(returns.next(random).value()));
            }
            return files;
        } finally {
            JqwikSession.finish();
        }
    }

    /** What one return gives: the document read, its report, and the document written again. */
    private record Outcome(Object document, Report report, byte[] written) {
    }

    private Outcome process(byte[] file, int i) {
        Object document = json.readDocument(file, "return-" + i + ".json");
        return new Outcome(document, validator.validate((QuarterlyReturn) document), json.write(document));
    }

    @Test
    void eightThreadsSharingOneReaderAndOneValidatorGiveExactlyWhatOneThreadGives() throws Exception {
        List<byte[]> files = generate(json);
        List<Outcome> alone = new ArrayList<>(RETURNS);
        for (int i = 0; i < RETURNS; i++) {
            alone.add(process(files.get(i), i));
        }

        Outcome[] shared = new Outcome[RETURNS];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(() -> {
                    start.await();
                    int done = 0;
                    for (int i = next.getAndIncrement(); i < RETURNS; i = next.getAndIncrement()) {
                        shared[i] = process(files.get(i), i);
                        done++;
                    }
                    return done;
                });
            }
            List<Future<Integer>> running = new ArrayList<>();
            for (Callable<Integer> w : workers) {
                running.add(pool.submit(w));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : running) {
                total += f.get(DEADLOCK_MINUTES, TimeUnit.MINUTES);
            }
            assertEquals(RETURNS, total);
        } finally {
            pool.shutdownNow();
        }

        int findings = 0;
        for (int i = 0; i < RETURNS; i++) {
            Outcome one = alone.get(i);
            Outcome many = shared[i];
            assertEquals(one.document(), many.document(), "return " + i);
            assertEquals(one.report(), many.report(), "return " + i);
            assertArrayEquals(files.get(i), many.written(), "return " + i + " writes back byte for byte");
            findings += one.report().findings().size();
        }
        assertTrue(findings > 0, "the generated returns give findings, so the reports compared are not all empty");
        assertFalse(alone.stream().anyMatch(o -> !o.report().findingsOf("RULE-FAILED").isEmpty()), "no rule failed");
    }
}
