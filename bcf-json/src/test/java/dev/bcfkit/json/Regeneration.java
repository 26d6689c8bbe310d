package dev.bcfkit.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Files the tests keep in step with the code: the shipped JSON Schemas.
 * A test compares each file with what the code makes now and fails on a difference; run the tests
 * with {@code -Dbcf.regenerate=true} to rewrite the files instead, then review the diff.
 */
final class Regeneration {
    /** The system property that asks the tests to rewrite the files. */
    static final String PROPERTY = "bcf.regenerate";

    /** The module directory, which is the working directory of the tests. */
    static final Path MODULE = Paths.get("").toAbsolutePath();
    /** Where the schemas ship in the jar. */
    static final Path SCHEMA_RESOURCES = MODULE.resolve("src/main/resources/dev/bcfkit/json/schema");

    private Regeneration() {
    }

    /** @return whether the tests should rewrite the files */
    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Rewrites a file when asked to, and returns what the file holds.
     *
     * @param file the file
     * @param expected what the code makes now
     * @return the file's text (after rewriting, if asked)
     * @throws IOException if the file cannot be read or written
     */
    static String sync(Path file, String expected) throws IOException {
        if (requested()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * @param file a file that differs
     * @return the message for the failing test
     */
    static String hint(Path file) {
        return file + " is not what the code makes now; rerun with -D" + PROPERTY + "=true to rewrite it, "
                + "then review the diff";
    }
}
