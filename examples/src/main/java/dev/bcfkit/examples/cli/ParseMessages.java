package dev.bcfkit.examples.cli;

import dev.bcfkit.json.BcfParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Words a parse failure for the tool's one-line message, which already starts with the file's
 * name: {@code line 41, column 17, at /incomeAndExpenditure/income/plan/q3: expected an amount in
 * pounds, found "three million"}.
 */
final class ParseMessages {
    private ParseMessages() {
    }

    /**
     * @param e the reader's failure
     * @return where (line, column, JSON pointer) and what, on one line, without the file's name
     */
    static String describe(BcfParseException e) {
        return describe(e.line(), e.column(), e.pointer(), e.problem());
    }

    /**
     * @param e the reader's failure
     * @return every problem it lists, in document order, each worded as {@link #describe} words the first
     */
    static List<ReadProblem> problems(BcfParseException e) {
        List<ReadProblem> problems = new ArrayList<>(e.problems().size());
        for (BcfParseException.Problem p : e.problems()) {
            problems.add(new ReadProblem(describe(p.line(), p.column(), p.pointer(), p.problem()), p.line(),
                    p.column(), p.pointer()));
        }
        return problems;
    }

    private static String describe(int line, int column, String pointer, String problem) {
        StringBuilder b = new StringBuilder();
        if (line > 0) {
            b.append("line ").append(line);
            if (column > 0) {
                b.append(", column ").append(column);
            }
            b.append(", ");
        }
        b.append("at ").append(pointer == null || pointer.isEmpty() ? "the document root (\"\")"
                : Terminal.oneLine(pointer));
        return b.append(": ").append(Terminal.oneLine(problem)).toString();
    }
}
