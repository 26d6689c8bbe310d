package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.xlsx.WorkbookDocument;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The files of one command line ({@code check}, {@code summary}, {@code report}), each read
 * within the size limit and then parsed, checked and presented {@link Isolated in isolation}
 * within the deadline, so that a file that exhausts memory, recurses too deeply or takes too long
 * costs only its own output. A file that is an Excel workbook ({@link WorkbookFiles}) is read with
 * bcf-xlsx, and the work gets the cell of each value read ({@link Cells}).
 */
final class Batch {
    private final DocumentReader reader;
    private final Checker checker;
    private final Isolated isolated;

    /**
     * @param stdin standard input, read for a file argument of {@code -}
     * @param checker the checker of the documents
     * @param isolated the deadline per file
     */
    Batch(InputStream stdin, Checker checker, Isolated isolated) {
        this.reader = new DocumentReader(stdin);
        this.checker = checker;
        this.isolated = isolated;
    }

    /** @return the checker, for the work on each document */
    Checker checker() {
        return checker;
    }

    /**
     * Reads one file and runs the work on its document in isolation. Standard input is read on
     * the calling thread, without a deadline, since a person may be typing it.
     *
     * @param file a path, or {@code -} for standard input
     * @param work what to make of the document and the reader's notices (check it, present it)
     * @param <T> the result
     * @return the work's result
     * @throws UnreadableDocument if the file cannot be read, parsed or checked, or the work fails
     * @throws RuntimeException as the work threw it (a bug in bcfkit)
     */
    <T> T each(String file, Function<ReadResult<BcfDocument>, T> work) {
        return eachWithCells(file, (read, cells) -> work.apply(read));
    }

    /**
     * As {@link #each}, and the work also gets the cells the values were read from: those of a
     * workbook, or {@link Cells#NONE} for a JSON document.
     *
     * @param file a path, or {@code -} for standard input
     * @param work what to make of the document, the reader's notices and the cells
     * @param <T> the result
     * @return the work's result
     * @throws UnreadableDocument if the file cannot be read, parsed or checked, or the work fails
     * @throws RuntimeException as the work threw it (a bug in bcfkit)
     */
    <T> T eachWithCells(String file, BiFunction<ReadResult<BcfDocument>, Cells, T> work) {
        if (WorkbookFiles.isWorkbook(file)) {
            Path path = WorkbookFiles.path(file);
            WorkbookFiles.prepare();
            checker.prepare();
            return isolated.run(() -> {
                WorkbookDocument workbook = WorkbookFiles.read(path);
                return work.apply(new ReadResult<>(workbook.document(), List.of()), Cells.of(workbook));
            });
        }
        byte[] bytes = reader.bytes(file);
        // Loaded here rather than on the file's thread: a class whose loading ran out of memory
        // there would stay unusable for the files after it.
        reader.prepare();
        checker.prepare();
        return isolated.run(() -> work.apply(reader.parse(file, bytes), Cells.NONE));
    }
}
