package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;

/**
 * A command line the tool cannot run: an unknown command or option, a missing or malformed
 * value. The tool prints the message on one line and exits with status 2.
 */
final class UsageException extends BcfException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the command line, starting with the command's name
     */
    UsageException(String message) {
        super(message);
    }
}
