package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.rules.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Checkers that fail on their first document the way a hostile file can make the real one fail,
 * and check every later document for real: by exhausting the heap, by recursing without end, by
 * never finishing (until interrupted).
 */
final class StandInCheckers {
    private StandInCheckers() {
    }

    /** Exhausts the heap for real on the first document: its garbage is freed when it fails. */
    static final class MemoryHungry extends Checker {
        private int checked;

        @Override
        Report check(ReadResult<BcfDocument> document) {
            if (checked++ == 0) {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            }
            return super.check(document);
        }
    }

    /** Recurses without end on the first document. */
    static final class Recursing extends Checker {
        private int checked;

        @Override
        Report check(ReadResult<BcfDocument> document) {
            if (checked++ == 0) {
                return deeper(0);
            }
            return super.check(document);
        }

        private static Report deeper(int depth) {
            return depth < Integer.MAX_VALUE ? deeper(depth + 1) : null;
        }
    }

    /** Never finishes the first document: waits until interrupted, as a runaway check would run. */
    static final class Hanging extends Checker {
        /** Counted down when the abandoned check has been interrupted and has ended. */
        final CountDownLatch interrupted = new CountDownLatch(1);
        private int checked;

        @Override
        Report check(ReadResult<BcfDocument> document) {
            if (checked++ == 0) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                throw new IllegalStateException("a hanging check came back");
            }
            return super.check(document);
        }
    }

    /**
     * Runs the tool with a {@link MemoryHungry} checker, for a test in a JVM with a small heap.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream err = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(new Bcf(MemoryHungry::new).run(args, System.in, out, err));
    }
}
