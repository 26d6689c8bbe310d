package dev.bcfkit.examples.cli;

import java.util.List;

/**
 * One {@code bcf} command, such as {@code check} or {@code rate per100k}. A command writes its
 * results to standard output and returns the exit status; it reports a wrong command line by
 * throwing {@link UsageException} and bad input to a calculator by letting the library's
 * {@link dev.bcfkit.core.BcfException} through, both of which the tool prints on one line with
 * status 2.
 */
interface Command {
    /** @return the name as typed, such as {@code rate per100k} */
    String name();

    /** @return one line saying what the command does */
    String summary();

    /** @return the full help text, ending with a line break */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param io where to read and write
     * @return the exit status
     */
    int run(List<String> args, Streams io);
}
