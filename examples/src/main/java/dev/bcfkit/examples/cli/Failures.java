package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;

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
