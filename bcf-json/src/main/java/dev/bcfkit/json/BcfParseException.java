package dev.bcfkit.json;

import dev.bcfkit.core.BcfException;

/**
 * A document that cannot be read: not JSON, not the bcfkit wire format, beyond the reader's
 * limits, or holding a value the model refuses. It says where, for a council analyst to find the
 * cell: the source (a file name or {@code <stdin>}), the JSON pointer of the value, the line and
 * column, and what was expected and found, as in
 * {@code southend.json: /incomeAndExpenditure/income/plan/q3: expected an amount in pounds, found
 * "three million" (line 41, column 17)} (a design principle: "Unparseable input becomes a
 * BcfParseException with the JSON pointer, line and column").
 *
 * <p>It never carries a Jackson exception, not even as its cause: everything a caller needs is in
 * its accessors and message.
 */
public final class BcfParseException extends BcfException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source the file name, {@code <stdin>} or another name for the input
     * @param pointer the JSON pointer of the offending value, "" for the whole document
     * @param line the line, from 1, or -1 if not known
     * @param column the column, from 1, or -1 if not known
     * @param problem what was expected and what was found, in plain English
     */
    public BcfParseException(String source, String pointer, int line, int column, String problem) {
        super(message(source, pointer, line, column, problem));
        this.source = source;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String message(String source, String pointer, int line, int column, String problem) {
        StringBuilder b = new StringBuilder(source).append(": ");
        if (!pointer.isEmpty()) {
            b.append(pointer).append(": ");
        }
        b.append(problem);
        if (line > 0) {
            b.append(" (line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(')');
        }
        return b.toString();
    }

    /** @return the file name, {@code <stdin>} or the name the caller gave the input */
    public String source() {
        return source;
    }

    /** @return the JSON pointer (RFC 6901) of the offending value, such as {@code /period}; "" for the whole document */
    public String pointer() {
        return pointer;
    }

    /** @return the line of the offending value, from 1, or -1 if not known */
    public int line() {
        return line;
    }

    /** @return the column of the offending value, from 1, or -1 if not known */
    public int column() {
        return column;
    }

    /** @return what was expected and what was found, without source, pointer or location */
    public String problem() {
        return problem;
    }
}
