package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import java.util.List;

/**
 * A command that takes options (and perhaps positional arguments): parses them against
 * {@link #options()}, answers {@code --help}, and otherwise runs {@link #execute}.
 */
abstract class OptionCommand implements Command {

    /** @return the options this command accepts besides {@code --help} */
    abstract Options options();

    /**
     * Runs the command once its arguments are parsed.
     *
     * @param args the parsed arguments
     * @param io where to read and write
     * @return the exit status
     */
    abstract int execute(Arguments args, Streams io);

    @Override
    public final int run(List<String> args, Streams io) {
        Arguments parsed = Arguments.parse(name(), options(), args);
        if (parsed.help()) {
            io.out().print(help());
            return 0;
        }
        try {
            return execute(parsed, io);
        } catch (UsageException | UnreadableDocument e) {
            throw e;
        } catch (BcfException e) {
            // A calculator refused an input: say which command, as for a wrong option.
            throw new UsageException(name() + ": " + e.getMessage());
        }
    }

    /**
     * Reads {@code --format}.
     *
     * @param args the parsed arguments
     * @return text unless {@code --format json} was given
     * @throws UsageException for another format
     */
    static boolean json(Arguments args) {
        String f = args.value("format");
        if (f == null || f.equals("text")) {
            return false;
        }
        if (f.equals("json")) {
            return true;
        }
        throw new UsageException(args.command() + ": --format: expected text or json, found \""
                + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(f)) + "\"");
    }

    /**
     * Refuses positional arguments for a command that takes none.
     *
     * @param args the parsed arguments
     * @throws UsageException if there are any
     */
    static void noPositionals(Arguments args) {
        if (!args.positionals().isEmpty()) {
            throw new UsageException(args.command() + ": unexpected argument \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(args.positionals().get(0)))
                    + "\" (see bcf " + args.command() + " --help)");
        }
    }
}
