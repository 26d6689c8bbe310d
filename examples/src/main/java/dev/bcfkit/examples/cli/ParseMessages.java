package dev.bcfkit.examples.cli;

import dev.bcfkit.json.BcfParseException;

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
        StringBuilder b = new StringBuilder();
        if (e.line() > 0) {
            b.append("line ").append(e.line());
            if (e.column() > 0) {
                b.append(", column ").append(e.column());
            }
            b.append(", ");
        }
        b.append("at ").append(e.pointer() == null || e.pointer().isEmpty() ? "the document root (\"\")"
                : Terminal.oneLine(e.pointer()));
        return b.append(": ").append(Terminal.oneLine(e.problem())).toString();
    }
}
