package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that need no document start without Jackson, Hibernate Validator or the validator
 * facade: checked in a fresh JVM by the classes it loads, not by timing.
 */
class StartupTest {
    @TempDir
    Path temp;

    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = temp.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"),
                Bcf.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out-" + System.nanoTime() + ".txt").toFile()).start();
        assertEquals(0, p.waitFor(), String.join(" ", args));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int end = line.indexOf(" source:");
            int start = line.lastIndexOf(' ', end < 0 ? line.length() - 1 : end - 1);
            if (end > 0 && start >= 0) {
                classes.add(line.substring(start + 1, end));
            }
        }
        assertTrue(classes.contains(Bcf.class.getName()), "the log lists loaded classes");
        return classes;
    }

    private static boolean heavy(String className) {
        return className.startsWith("org.hibernate.") || className.startsWith("com.fasterxml.")
                || className.startsWith("dev.bcfkit.json.") || className.equals("dev.bcfkit.rules.BcfValidator");
    }

    @Test
    void calculatorsAndRulesLoadNeitherJacksonNorTheValidator() throws Exception {
        for (String[] args : List.of(new String[] {"split", "--total", "13131049", "--parts", "4"},
                new String[] {"rate", "per100k", "--count", "24", "--population", "180589"},
                new String[] {"rag", "--target", "1", "--actual", "2", "--direction", "lower", "--format", "json"},
                new String[] {"rules"}, new String[] {"--help"})) {
            List<String> loaded = classesLoadedBy(args).stream().filter(StartupTest::heavy).toList();
            assertEquals(List.of(), loaded, String.join(" ", args));
        }
    }

    @Test
    void checkDoesLoadThem() throws Exception {
        List<String> loaded = classesLoadedBy("check", "data" + File.separator + Samples.SOUTHEND_Q4);
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith("com.fasterxml.")));
        assertTrue(loaded.contains("dev.bcfkit.rules.BcfValidator"));
    }
}
