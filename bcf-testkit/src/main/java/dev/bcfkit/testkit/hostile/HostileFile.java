package dev.bcfkit.testkit.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One file of the hostile corpus and what its manifest, {@code expected.tsv}, says it must give:
 * a refusal by the strict reader ({@code parse-error}) at a JSON pointer, with a fragment of the
 * problem, or a document that is read and reported on ({@code report}), with rule ids that must be
 * among the findings and a fragment some finding must quote verbatim. The manifest's header
 * explains the columns. The files ship in this jar, next to this class.
 *
 * <pre>{@code
 * for (HostileFile file : HostileFile.all()) {
 *     if (file.refused()) {
 *         BcfParseException e = assertThrows(BcfParseException.class,
 *                 () -> BcfJson.strict().readDocument(file.bytes(), file.file()));
 *         assertEquals(file.pointer(), e.pointer());
 *     }
 * }
 * }</pre>
 *
 * @param file the file name, such as {@code duplicate-key-amount.json}
 * @param outcome {@link #PARSE_ERROR} or {@link #REPORT}
 * @param detail the JSON pointer of the refusal ({@code ""} written as two double quotes), or the
 *     comma-separated rule ids ({@code -} for none)
 * @param fragment text the problem, or some finding's message, must contain; may be empty
 */
public record HostileFile(String file, String outcome, String detail, String fragment) {
    /** The outcome of a file the strict reader refuses. */
    public static final String PARSE_ERROR = "parse-error";
    /** The outcome of a file that is read and reported on. */
    public static final String REPORT = "report";
    /** The manifest's name, next to the files. */
    public static final String MANIFEST = "expected.tsv";

    /**
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the outcome is neither {@code parse-error} nor {@code report}
     */
    public HostileFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fragment, "fragment");
        if (!PARSE_ERROR.equals(outcome) && !REPORT.equals(outcome)) {
            throw new IllegalArgumentException(file + ": unknown outcome \"" + outcome + "\", expected \""
                    + PARSE_ERROR + "\" or \"" + REPORT + "\"");
        }
    }

    /**
     * @return every file of the manifest, in its order
     * @throws IllegalArgumentException if a line of the manifest does not have 4 tab-separated cells
     */
    public static List<HostileFile> all() {
        List<HostileFile> files = new ArrayList<>();
        for (String line : new String(resource(MANIFEST), StandardCharsets.UTF_8).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(MANIFEST + ": expected 4 tab-separated cells, found "
                        + cells.length + ": " + line);
            }
            files.add(new HostileFile(cells[0], cells[1], cells[2], cells[3]));
        }
        return List.copyOf(files);
    }

    /**
     * @param file a file name of the corpus
     * @return its entry
     * @throws IllegalArgumentException if the manifest does not list it
     */
    public static HostileFile named(String file) {
        return all().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the manifest: \"" + file + "\""));
    }

    /** @return whether the strict reader must refuse the file */
    public boolean refused() {
        return outcome.equals(PARSE_ERROR);
    }

    /** @return the JSON pointer of the refusal ({@code ""} for the document root) */
    public String pointer() {
        return detail.equals("\"\"") ? "" : detail;
    }

    /** @return the rule ids that must be among the findings, in the manifest's order */
    public List<String> ruleIds() {
        return detail.equals("-") ? List.of() : Arrays.asList(detail.split(","));
    }

    /** @return the file's bytes, exactly as committed */
    public byte[] bytes() {
        return resource(file);
    }

    /**
     * The file on disk, for code that takes a path (such as a command-line tool): the corpus
     * directory itself when this jar is unpacked (as in a Maven build of bcfkit), otherwise a copy of
     * the corpus made once in a temporary directory that is deleted when the JVM exits.
     *
     * @return the file's path
     */
    public Path path() {
        return Directory.PATH.resolve(file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = HostileFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the hostile corpus has no file \"" + name + "\" next to "
                        + HostileFile.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus directory on disk, found or made on first use. */
    private static final class Directory {
        static final Path PATH = locate();

        private static Path locate() {
            URL manifest = HostileFile.class.getResource(MANIFEST);
            try {
                if (manifest != null && "file".equals(manifest.getProtocol())) {
                    return Path.of(manifest.toURI()).getParent();
                }
                Path copy = Files.createTempDirectory("bcfkit-hostile-");
                copy.toFile().deleteOnExit();
                write(copy, MANIFEST);
                for (HostileFile f : all()) {
                    write(copy, f.file());
                }
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void write(Path dir, String name) throws IOException {
            Path p = Files.write(dir.resolve(name), resource(name));
            p.toFile().deleteOnExit();
        }
    }
}
