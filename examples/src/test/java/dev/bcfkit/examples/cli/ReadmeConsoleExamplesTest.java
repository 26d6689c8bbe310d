package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every console example of the README runs as written and prints what the README shows: each
 * {@code $ command} of a {@code console} block is run and its standard error then standard output
 * compared with the lines under it, and each {@code $ echo $?} with its exit status. A command
 * the test does not know how to run fails it, so the README cannot show an example no test runs.
 *
 * <p>{@code bin/bcf ...} runs the tool in process, as from the repository root (the paths it is
 * given are resolved there, and printed as given); {@code | head -N} keeps the first N lines;
 * {@code examples/scripts/check-all.sh DIR} runs {@code bcf check -- DIR/*.json}, in name order,
 * as the script does; {@code java -cp examples/target/bcf.jar dev.bcfkit.examples.X} runs the
 * example program X. An output path under {@code /tmp/} is written to a temporary folder.
 */
class ReadmeConsoleExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String PROGRAMS = "java -cp examples/target/bcf.jar ";
    private static final String CHECK_ALL = "examples/scripts/check-all.sh ";

    @TempDir
    Path tmp;

    /** A command of the README with the output it shows; {@code status} is null if no echo $? follows. */
    private record Example(int line, String command, List<String> expected, Integer status) {
    }

    @Test
    void everyConsoleExampleOfTheReadmeRunsAsWritten() throws IOException {
        List<Example> examples = examples(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 30, "the README's console examples: " + examples.size());
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            Run run = run(example.command());
            List<String> actual = new ArrayList<>(lines(run.err()));
            actual.addAll(lines(run.out()));
            if (!actual.equals(example.expected())) {
                failures.add("README.md line " + example.line() + ": $ " + example.command() + "\n--- the README shows\n"
                        + String.join("\n", example.expected()) + "\n--- it prints\n" + String.join("\n", actual));
            }
            if (example.status() != null && example.status() != run.status()) {
                failures.add("README.md line " + example.line() + ": $ " + example.command() + ": the README shows status "
                        + example.status() + ", it exits with " + run.status());
            }
        }
        assertEquals("", String.join("\n\n", failures));
    }

    @Test
    void theReturnsFolderHoldsCopiesOfTheSamples() throws IOException {
        Path returns = ROOT.resolve("examples/data/returns");
        try (Stream<Path> files = Files.list(returns)) {
            for (Path copy : files.toList()) {
                assertEquals(Files.readString(ROOT.resolve("examples/data").resolve(copy.getFileName())),
                        Files.readString(copy), copy + " is a copy of the sample of the same name");
            }
        }
    }

    private static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        boolean console = false;
        int start = 0;
        String command = null;
        List<String> output = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!console) {
                console = line.equals("```console");
                continue;
            }
            if (line.startsWith("$ ") || line.equals("```")) {
                if (command != null && command.equals("echo $?")) {
                    Example last = examples.remove(examples.size() - 1);
                    examples.add(new Example(last.line(), last.command(), last.expected(), Integer.valueOf(output.get(0))));
                } else if (command != null) {
                    examples.add(new Example(start, command, List.copyOf(output), null));
                }
                output.clear();
                command = line.equals("```") ? null : line.substring(2);
                start = i + 1;
                console = !line.equals("```");
            } else {
                output.add(line);
            }
        }
        return examples;
    }

    private Run run(String command) {
        if (command.startsWith("bin/bcf ")) {
            String[] piped = command.substring("bin/bcf ".length()).split(" \\| head -", 2);
            Run run = Run.of(Arrays.stream(piped[0].split(" ")).map(this::argument).toArray(String[]::new));
            Run shown = new Run(run.status(), unargument(run.out()), unargument(run.err()));
            if (piped.length == 1) {
                return shown;
            }
            List<String> head = lines(shown.out()).stream().limit(Integer.parseInt(piped[1])).toList();
            return new Run(shown.status(), String.join("\n", head) + "\n", shown.err());
        }
        if (command.startsWith(CHECK_ALL)) {
            String dir = command.substring(CHECK_ALL.length());
            List<String> args = new ArrayList<>(List.of("check", "--"));
            try (Stream<Path> files = Files.list(ROOT.resolve(dir))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(n -> args.add(argument(dir + "/" + n)));
            } catch (IOException e) {
                throw new AssertionError(dir, e);
            }
            Run run = Run.of(args.toArray(String[]::new));
            return new Run(run.status(), unargument(run.out()), unargument(run.err()));
        }
        if (command.startsWith(PROGRAMS)) {
            return program(command.substring(PROGRAMS.length()));
        }
        throw new AssertionError("the README shows a console example this test cannot run: $ " + command);
    }

    /** Runs an example program's {@code run(String[], PrintStream)}; it finds examples/data from the module too. */
    private static Run program(String className) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Method run = Class.forName(className).getDeclaredMethod("run", String[].class, PrintStream.class);
            run.setAccessible(true);
            run.invoke(null, new String[0], out);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className, e instanceof InvocationTargetException i ? i.getCause() : e);
        }
        // The programs print the sample they read as found from the examples module ("data/...").
        return new Run(0, bytes.toString(StandardCharsets.UTF_8).replace(" data/", " examples/data/"), "");
    }

    private String argument(String arg) {
        if (arg.startsWith("/tmp/")) {
            return tmp.resolve(arg.substring("/tmp/".length())).toString();
        }
        return arg.startsWith("examples/") ? ROOT.resolve(arg).toString() : arg;
    }

    private String unargument(String text) {
        return text.replace(ROOT + "/", "").replace(tmp + "/", "/tmp/");
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length
                - (text.endsWith("\n") ? 1 : 0));
    }
}
