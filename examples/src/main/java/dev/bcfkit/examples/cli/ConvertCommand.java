package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.json.ReaderNotice;
import dev.bcfkit.xlsx.BcfWorkbooks;
import dev.bcfkit.xlsx.WorkbookDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bcf convert}: turns a JSON document into an Excel workbook laid out like its template,
 * or a workbook into JSON (either direction, or the same format, which rewrites it canonically).
 * Nothing is validated: the document is read strictly and written whole. What the readers
 * accepted but changed (a label read as the template prints it, a formula's cached value) is said
 * on standard error, one line each, so that nothing changes silently. The input is never
 * overwritten.
 */
final class ConvertCommand extends OptionCommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "convert a return between JSON and an Excel workbook (.xlsx)";
    }

    @Override
    public String help() {
        return """
                Usage: bcf convert [--timeout SECONDS] FILE --to json|xlsx --output OUT

                Reads FILE (JSON, - reads standard input; or an .xlsx workbook laid out like its
                template) and writes the same document to OUT: --to json writes JSON (OUT - writes
                standard output), --to xlsx an Excel workbook laid out like the template of the
                return's edition, with drop-down lists for the closed answers and a checklist
                sheet. Only quarterly returns of 2017/18 and 2018/19 are written as workbooks yet.
                Nothing is validated (use bcf check). A label read as the template prints it, or a
                formula read as the value Excel cached, is said on standard error as
                "bcf: FILE: note: ...". OUT must not be FILE itself (by any path or link); an
                existing OUT is replaced whole.

                --timeout SECONDS: the most time FILE may take to be read (default 60).

                Exit status: 0 when OUT is written, 2 when FILE cannot be read, the document cannot
                be written in that format, or OUT cannot be written or is FILE.
                """;
    }

    @Override
    Options options() {
        return Options.none().value("to").value("output").value("timeout");
    }

    /** A document read, and the notes on what its reader accepted but changed. */
    private record Converted(BcfDocument document, List<String> notes) {
    }

    @Override
    int execute(Arguments args, Streams io) {
        if (args.positionals().size() != 1) {
            throw new UsageException(name() + ": expected one FILE, found " + args.positionals().size()
                    + " (see bcf convert --help)");
        }
        String to = args.required("to");
        if (!to.equals("json") && !to.equals("xlsx")) {
            throw new UsageException(name() + ": --to: expected json or xlsx, found \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(to)) + "\"");
        }
        String target = args.required("output");
        String file = args.positionals().get(0);
        String name = DocumentReader.displayName(file);
        if (to.equals("xlsx") && target.equals("-")) {
            throw new UsageException(name() + ": --output -: a workbook is not written to standard output;"
                    + " give a file");
        }
        if (ReportCommand.sameFile(file, target)) {
            throw new UsageException(name() + ": --output " + Terminal.oneLine(target) + " is the input file "
                    + name + "; give another file");
        }
        Isolated isolated = Isolated.of(args);
        Converted converted;
        try {
            converted = read(file, isolated, io);
        } catch (RuntimeException | StackOverflowError e) {
            Failures.lines(name, e).forEach(io.err()::println);
            return 2;
        }
        converted.notes().forEach(n -> io.err().println("bcf: " + name + ": note: " + Terminal.oneLine(n)));
        try {
            if (to.equals("xlsx")) {
                BcfWorkbooks.write(converted.document(), Path.of(target));
            } else if (target.equals("-")) {
                io.out().print(BcfJson.strict().writeString(converted.document()));
            } else {
                writeJson(converted.document(), Path.of(target));
            }
        } catch (IOException | InvalidPathException e) {
            io.err().println("bcf: " + Terminal.oneLine(target) + ": cannot write: " + Terminal.oneLine(e.getMessage()));
            return 2;
        } catch (dev.bcfkit.core.BcfException e) {
            io.err().println("bcf: " + name + ": " + Terminal.oneLine(e.getMessage()));
            return 2;
        }
        return 0;
    }

    private static Converted read(String file, Isolated isolated, Streams io) {
        if (WorkbookFiles.isWorkbook(file)) {
            Path path = WorkbookFiles.path(file);
            WorkbookFiles.prepare();
            WorkbookDocument w = isolated.run(() -> WorkbookFiles.read(path));
            return new Converted(w.document(), w.notices());
        }
        DocumentReader reader = new DocumentReader(io.in());
        byte[] bytes = reader.bytes(file);
        reader.prepare();
        ReadResult<BcfDocument> read = isolated.run(() -> reader.parse(file, bytes));
        List<String> notes = new ArrayList<>();
        for (ReaderNotice n : read.notices()) {
            notes.add("at " + n.pointer() + ": " + n.message());
        }
        return new Converted(read.value(), notes);
    }

    /** Writes beside the target, then moves it into place, so a failed write leaves no half file. */
    private static void writeJson(BcfDocument document, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        Files.write(part, BcfJson.strict().write(document));
        try {
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }
}
