package dev.bcfkit.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the sample documents in {@code examples/data}, whether a program runs from the repository
 * root or from the {@code examples} module (where Maven runs tests).
 */
final class SampleData {
    private SampleData() {
    }

    /**
     * @param fileName a file in {@code examples/data}, such as {@code southend-2016-17-q4.json}
     * @return its path relative to the working directory
     */
    static Path file(String fileName) {
        Path fromRoot = Path.of("examples", "data", fileName);
        return Files.exists(fromRoot) ? fromRoot : Path.of("data", fileName);
    }
}
