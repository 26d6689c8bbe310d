package dev.bcfkit.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One file of bcf-json's hostile corpus ({@code bcf-json/src/test/resources/hostile/}) and what its
 * manifest, {@code expected.tsv}, says it must give: a refusal at a JSON pointer ({@code parse-error})
 * or a report with certain findings ({@code report}). The manifest's header explains the columns.
 *
 * @param file the file name
 * @param outcome {@code parse-error} or {@code report}
 * @param detail the pointer ({@code ""} written as two double quotes) or the rule ids ({@code -} for none)
 * @param fragment text the problem, or some finding's message, must contain; may be empty
 */
record HostileFile(String file, String outcome, String detail, String fragment) {
    /** The corpus, seen from the examples module (the working directory of its tests). */
    static final Path DIR = Path.of("..", "bcf-json", "src", "test", "resources", "hostile");

    /** @return every file of the manifest, in its order */
    static List<HostileFile> all() {
        List<HostileFile> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalArgumentException("expected 4 tab-separated cells: " + line);
                }
                files.add(new HostileFile(cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * @param file a file name of the corpus
     * @return its entry
     */
    static HostileFile named(String file) {
        return all().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the manifest: " + file));
    }

    /** @return whether the strict reader refuses the file */
    boolean refused() {
        return outcome.equals("parse-error");
    }

    /** @return the JSON pointer of the refusal */
    String pointer() {
        return detail.equals("\"\"") ? "" : detail;
    }

    /** @return the rule ids that must be among the findings */
    List<String> ruleIds() {
        return detail.equals("-") ? List.of() : Arrays.asList(detail.split(","));
    }

    /** @return the file */
    Path path() {
        return DIR.resolve(file);
    }

    /** @return the file's bytes */
    byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
