package dev.bcfkit.json.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the hostile corpus's manifest, {@code src/test/resources/hostile/expected.tsv}: a
 * file and what it must give, either a refusal ({@code parse-error}, at a JSON pointer, with a
 * fragment of the problem) or a document the validator reports on ({@code report}, with rule ids
 * that must be among the findings and a fragment some finding must quote verbatim).
 *
 * @param file the file name in the corpus directory
 * @param outcome {@code parse-error} or {@code report}
 * @param detail the pointer ({@code ""} written as two double quotes) or the rule ids ({@code -} for none)
 * @param fragment the text the problem, or some finding's message, must contain; may be empty
 */
record CorpusEntry(String file, String outcome, String detail, String fragment) {
    /** The corpus directory (the module directory is the working directory of the tests). */
    static final Path DIR = Path.of("src", "test", "resources", "hostile");
    /** The manifest. */
    static final Path MANIFEST = DIR.resolve("expected.tsv");
    /** The outcome of a file the strict reader refuses. */
    static final String PARSE_ERROR = "parse-error";
    /** The outcome of a file that is read and validated. */
    static final String REPORT = "report";

    CorpusEntry {
        if (!outcome.equals(PARSE_ERROR) && !outcome.equals(REPORT)) {
            throw new IllegalArgumentException(file + ": unknown outcome " + outcome);
        }
    }

    /** @return every entry of the manifest, in its order */
    static List<CorpusEntry> all() {
        List<CorpusEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(MANIFEST, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) {
                    throw new IllegalArgumentException("expected 4 tab-separated cells: " + line);
                }
                entries.add(new CorpusEntry(cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * @param file a file name of the corpus
     * @return its entry
     */
    static CorpusEntry named(String file) {
        return all().stream().filter(e -> e.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the manifest: " + file));
    }

    /** @return whether the strict reader must refuse the file */
    boolean refused() {
        return outcome.equals(PARSE_ERROR);
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
