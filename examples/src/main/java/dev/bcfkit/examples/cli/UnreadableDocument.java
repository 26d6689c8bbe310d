package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;

/**
 * A file the tool could not read or parse as a plan, return or pooled budget. The message is one
 * line that names what went wrong and where; the tool prints it after the file's name.
 */
final class UnreadableDocument extends BcfException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and where, on one line
     */
    UnreadableDocument(String message) {
        super(message);
    }
}
