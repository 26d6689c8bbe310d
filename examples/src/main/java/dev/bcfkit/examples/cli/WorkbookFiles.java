package dev.bcfkit.examples.cli;

import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.xlsx.BcfWorkbooks;
import dev.bcfkit.xlsx.WorkbookDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Excel workbooks among the files of a command line: a file named {@code .xlsx} (or
 * {@code .xlsm}, {@code .xls}, {@code .xltx}, {@code .xltm}, so that bcf-xlsx refuses it by
 * name), or any regular file that starts as a zip or an OLE2 container does, whatever it is
 * called. Such a file is read with bcf-xlsx, which refuses an unsafe or unrecognised workbook
 * with one message naming the file; a workbook cannot come from standard input.
 */
final class WorkbookFiles {
    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".xltx", ".xltm");
    private static final byte[] ZIP = {0x50, 0x4B};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // Apache POI logs through Log4j's API; without a backend Log4j would print a warning on
        // standard error. Keep the tool's standard error to its own one-line messages.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private WorkbookFiles() {
    }

    /**
     * @param arg a file argument
     * @return whether it names a workbook: by its extension, or by its first bytes when it is a
     *     regular file
     */
    static boolean isWorkbook(String arg) {
        if (arg.equals("-")) {
            return false;
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        try {
            Path path = Path.of(arg);
            if (!Files.isRegularFile(path)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] head = in.readNBytes(4);
                return startsWith(head, ZIP) || startsWith(head, OLE2);
            }
        } catch (IOException | InvalidPathException e) {
            return false; // read as JSON, whose reader words the problem
        }
    }

    /**
     * Checks that a workbook argument is a regular file, before it is opened.
     *
     * @param arg a workbook argument
     * @return its path
     * @throws UnreadableDocument if it is not a regular file
     */
    static Path path(String arg) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new UnreadableDocument("not a valid path");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableDocument("is a directory, not a workbook");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new UnreadableDocument("not a regular file (a FIFO, device or socket); give a workbook file");
        }
        return path;
    }

    /** Loads the workbook reader now, on the calling thread, rather than with the first workbook. */
    static void prepare() {
        BcfWorkbooks.class.getName();
    }

    /**
     * @param path a workbook
     * @return the document read, with its cells and the reader's notices
     * @throws UnreadableDocument with one line per problem if the workbook is refused
     */
    static WorkbookDocument read(Path path) {
        try {
            return BcfWorkbooks.readWithCells(path);
        } catch (BcfParseException e) {
            List<ReadProblem> problems = new ArrayList<>();
            for (BcfParseException.Problem p : e.problems()) {
                String where = p.pointer() == null || p.pointer().isEmpty() ? "" : "at " + Terminal.oneLine(p.pointer())
                        + ": ";
                problems.add(new ReadProblem(where + Terminal.oneLine(p.problem()), 0, 0, p.pointer()));
            }
            throw new UnreadableDocument(problems);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
