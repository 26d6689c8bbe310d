package dev.bcfkit.json;

import java.nio.file.Path;

/**
 * The texts of the five papers as the repository commits them ({@code docs/papers/}), which the
 * seed-figure tests read line by line. The build passes the repository root as the system property
 * {@code bcf.repository} (see this module's pom); outside Maven it defaults to the parent of the
 * working directory.
 */
final class Papers {
    /** The papers' directory. */
    static final Path DIR = Path.of(System.getProperty("bcf.repository", ".."), "docs", "papers");

    private Papers() {
    }
}
