package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import dev.bcfkit.json.BcfParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns any failure into the one line the tool prints on standard error,
 * {@code bcf: <file>: <message>}: never a stack trace. The library's own exceptions carry
 * messages written for users; anything else is named by its type, since it is a bug in bcfkit
 * rather than in the document.
 */
final class Failures {
    private Failures() {
    }

    /**
     * @param subject the file (or command) the failure is about
     * @param failure what went wrong
     * @return {@code bcf: <subject>: <message>}, on one line
     */
    static String line(String subject, Throwable failure) {
        return "bcf: " + subject + ": " + message(failure);
    }

    /**
     * Every line the tool prints on standard error for a failure: one, or for a document with
     * several problems one per problem, each {@code bcf: <subject>: line L, column C, at P: ...},
     * and a last line when the reader stopped at its limit of
     * {@value BcfParseException#MAX_PROBLEMS} problems.
     *
     * @param subject the file the failure is about
     * @param failure what went wrong
     * @return the lines, at least one
     */
    static List<String> lines(String subject, Throwable failure) {
        if (!(failure instanceof UnreadableDocument u) || u.problems().size() < 2) {
            return List.of(line(subject, failure));
        }
        List<String> lines = new ArrayList<>(u.problems().size() + 1);
        for (ReadProblem p : u.problems()) {
            lines.add("bcf: " + subject + ": " + Terminal.oneLine(p.message()));
        }
        if (u.problems().size() >= BcfParseException.MAX_PROBLEMS) {
            lines.add("bcf: " + subject + ": the reader stops at " + BcfParseException.MAX_PROBLEMS
                    + " problems; there may be more");
        }
        return lines;
    }

    /**
     * @param failure what went wrong
     * @return a one-line message for it
     */
    static String message(Throwable failure) {
        if (failure instanceof BcfException) {
            return Terminal.oneLine(failure.getMessage());
        }
        if (failure instanceof StackOverflowError) {
            return "the document is nested too deeply to process";
        }
        String m = failure.getMessage();
        return "unexpected " + failure.getClass().getSimpleName() + (m == null ? "" : ": " + Terminal.oneLine(m))
                + " (a bug in bcfkit; please report it with the document)";
    }
}
