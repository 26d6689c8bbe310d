package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import java.util.List;

/**
 * A file the tool could not read, parse or check as a plan, return or pooled budget. The
 * message is one line that names what went wrong and where; the tool prints it after the file's
 * name. A parse failure also carries its line, column and JSON pointer, for
 * {@code check --format json}, and every problem the reader found ({@link #problems()}), the
 * first being the one the message, line, column and pointer describe.
 */
final class UnreadableDocument extends BcfException {
    private static final long serialVersionUID = 1L;

    /** The line of the failure, from 1; 0 when not known. */
    private final int line;
    /** The column of the failure, from 1; 0 when not known. */
    private final int column;
    /** The JSON pointer of the failure; null when not known. */
    private final String pointer;
    /** Every problem the reader found, the first being this one; just this one for other failures. */
    private final List<ReadProblem> problems;

    /**
     * @param message what went wrong and where, on one line
     */
    UnreadableDocument(String message) {
        this(message, 0, 0, null);
    }

    /**
     * @param message what went wrong and where, on one line
     * @param line the line, from 1; 0 when not known
     * @param column the column, from 1; 0 when not known
     * @param pointer the JSON pointer; null when not known
     */
    UnreadableDocument(String message, int line, int column, String pointer) {
        this(List.of(new ReadProblem(message, line, column, pointer)));
    }

    /**
     * @param problems every problem the reader found, in document order, at least one; the first
     *     gives the message, line, column and pointer
     */
    UnreadableDocument(List<ReadProblem> problems) {
        super(problems.get(0).message());
        this.line = problems.get(0).line();
        this.column = problems.get(0).column();
        this.pointer = problems.get(0).pointer();
        this.problems = List.copyOf(problems);
    }

    /** @return the line, from 1; 0 when not known */
    int line() {
        return line;
    }

    /** @return the column, from 1; 0 when not known */
    int column() {
        return column;
    }

    /** @return the JSON pointer; null when not known */
    String pointer() {
        return pointer;
    }

    /** @return every problem found, in document order, at least one: the first is this failure's */
    List<ReadProblem> problems() {
        return problems;
    }
}
