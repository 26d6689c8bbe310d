package dev.bcfkit.json;

import dev.bcfkit.core.BcfException;
import java.util.List;

/**
 * A document that cannot be read: not JSON, not the bcfkit wire format, beyond the reader's
 * limits, or holding a value the model refuses. It says where, for a council analyst to find the
 * cell: the source (a file name or {@code <stdin>}), the JSON pointer of the value, the line and
 * column, and what was expected and found, as in
 * {@code southend.json: /incomeAndExpenditure/income/plan/q3: expected an amount in pounds, found
 * "three million" (line 41, column 17)} (a design principle: "Unparseable input becomes a
 * BcfParseException with the JSON pointer, line and column").
 *
 * <p>The reader reports every unknown property and every value outside its closed list in one
 * pass (at most {@value #MAX_PROBLEMS}), so a transcriber with three slips fixes them in one go:
 * {@link #problems()} lists them in document order, each with its pointer, line, column and, for
 * a closed list, the values allowed. A problem the reader cannot read past (broken JSON, a value
 * of the wrong kind) ends the list. The single-problem accessors ({@link #pointer()},
 * {@link #line()}, {@link #column()}, {@link #problem()}) describe the first.
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
    private final List<Problem> problems;

    /** The most problems one exception lists; the reader stops at this many. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * One problem of a document.
     *
     * @param pointer the JSON pointer of the offending value, "" for the whole document
     * @param line the line, from 1, or -1 if not known
     * @param column the column, from 1, or -1 if not known
     * @param problem what was expected and what was found, in plain English
     */
    public record Problem(String pointer, int line, int column, String problem) implements java.io.Serializable {
        /**
         * @param source the name of the input
         * @return the problem as one line: source, pointer, problem, line and column
         */
        public String message(String source) {
            return BcfParseException.message(source, pointer, line, column, problem);
        }
    }

    /**
     * @param source the file name, {@code <stdin>} or another name for the input
     * @param pointer the JSON pointer of the offending value, "" for the whole document
     * @param line the line, from 1, or -1 if not known
     * @param column the column, from 1, or -1 if not known
     * @param problem what was expected and what was found, in plain English
     */
    public BcfParseException(String source, String pointer, int line, int column, String problem) {
        this(source, List.of(new Problem(pointer, line, column, problem)));
    }

    /**
     * @param source the file name, {@code <stdin>} or another name for the input
     * @param problems the problems in document order, at least one
     * @throws IllegalArgumentException if there is no problem
     */
    public BcfParseException(String source, List<Problem> problems) {
        super(message(source, problems));
        Problem first = problems.get(0);
        this.source = source;
        this.pointer = first.pointer();
        this.line = first.line();
        this.column = first.column();
        this.problem = first.problem();
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: expected at least one");
        }
        if (problems.size() == 1) {
            return problems.get(0).message(source);
        }
        StringBuilder b = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() >= MAX_PROBLEMS ? " problems (the reader stops at " + MAX_PROBLEMS + ")"
                        : " problems");
        for (Problem p : problems) {
            b.append("\n  ").append(p.message(source));
        }
        return b.toString();
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

    /** @return every problem found, in document order; the first is the one the other accessors describe */
    public List<Problem> problems() {
        return problems;
    }
}
