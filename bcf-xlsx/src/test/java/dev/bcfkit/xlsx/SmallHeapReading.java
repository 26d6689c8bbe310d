package dev.bcfkit.xlsx;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import java.nio.file.Path;

/**
 * The child JVM of {@link BoundedMemoryTest}: reads one workbook and prints one line, "read" and
 * the document's kind, or "refused" and the library's message. Any other exception, or running out
 * of memory, ends the JVM with a stack trace and a non-zero status, which the test reports.
 */
final class SmallHeapReading {
    private SmallHeapReading() {
    }

    public static void main(String[] args) {
        try {
            BcfDocument document = BcfWorkbooks.read(Path.of(args[0]));
            System.out.println("read " + document.kind());
        } catch (BcfException e) {
            System.out.println("refused " + e.getMessage());
        }
    }
}
