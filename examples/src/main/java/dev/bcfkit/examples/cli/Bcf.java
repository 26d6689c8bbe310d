package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code bcf} command-line tool, for analysts' scripts: {@code check}, {@code rules},
 * {@code summary} and {@code report} work on plans and returns as JSON and on returns as Excel
 * workbooks, {@code convert} turns one into the other; {@code split},
 * {@code rate}, {@code rag}, {@code uplift} and {@code fees} run the BCF calculators. Run
 * {@code bcf --help} for the list and {@code bcf <command> --help} for each.
 *
 * <p>Exit status: 0 when all is well, 1 when {@code check} finds an ERROR in some document, 2
 * for a wrong command line, a bad number, or a file that cannot be read or parsed. Every failure
 * is reported as one line on standard error ({@code bcf: <file>: <message>}), never a stack
 * trace. Commands that need no document never load the JSON reader or the validator, so the
 * calculators start fast.
 *
 * <p>{@link #run} does everything but exit, so that the tool can be run in-process.
 */
public final class Bcf {
    private final List<Command> commands;

    /** Creates the tool with all its commands. */
    public Bcf() {
        this(Checker::new);
    }

    /**
     * @param checkers makes the checker of each run of check, summary and report (tests stand in
     *        a checker that exhausts memory or never ends)
     */
    Bcf(Supplier<Checker> checkers) {
        commands = List.of(
                new CheckCommand(checkers),
                new RulesCommand(),
                new SummaryCommand(checkers),
                new ReportCommand(checkers),
                new ConvertCommand(),
                new SplitCommand(),
                new CommandGroup("rate", "rates per 100,000 population",
                        List.of(new RatePer100kCommand(), new RateDtocCommand())),
                new RagCommand(),
                new CommandGroup("uplift", "minimum uplifts of the 2017-19 Policy Framework",
                        List.of(new SocialCareUpliftCommand())),
                new CommandGroup("fees", "care fees of the 2018/19 return: weighted average and uplift",
                        List.of(new FeesAverageCommand(), new FeesUpliftCommand())));
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line, such as {@code check examples/data/southend-2016-17-q4.json}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new Bcf().run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one command line without exiting.
     *
     * @param args the command line, without the program name
     * @param in standard input (read for a file argument of {@code -})
     * @param rawOut standard output (control characters other than the line feed are escaped on their way)
     * @param rawErr standard error (likewise)
     * @return the exit status: 0, 1 (a document has an ERROR finding) or 2 (usage, input or file error)
     */
    public int run(String[] args, InputStream in, PrintStream rawOut, PrintStream rawErr) {
        // Everything written passes through the terminal escapes, whatever the command writes.
        PrintStream out = new TerminalStream(rawOut);
        PrintStream err = new TerminalStream(rawErr);
        Streams io = new Streams(in, out, err);
        String commandName = args.length == 0 ? "" : args[0];
        try {
            if (args.length == 0) {
                err.print(usage());
                return 2;
            }
            if (commandName.equals("--help") || commandName.equals("-h")) {
                out.print(usage());
                return 0;
            }
            if (commandName.equals("help")) {
                return help(Arrays.asList(args).subList(1, args.length), io);
            }
            Command command = find(commandName);
            return command.run(Arrays.asList(args).subList(1, args.length), io);
        } catch (UsageException e) {
            err.println("bcf: " + Terminal.oneLine(e.getMessage()));
            return 2;
        } catch (BcfException e) {
            err.println("bcf: " + Terminal.oneLine(commandName) + ": " + Terminal.oneLine(e.getMessage()));
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("bcf: " + Terminal.oneLine(commandName) + ": out of memory");
            return 2;
        } catch (Throwable e) { // the contract: one line and no stack trace, whatever happens
            err.println(Failures.line(Terminal.oneLine(commandName), e));
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int help(List<String> topic, Streams io) {
        if (topic.isEmpty()) {
            io.out().print(usage());
            return 0;
        }
        Command command = find(topic.get(0));
        if (command instanceof CommandGroup && topic.size() > 1) {
            return command.run(List.of(topic.get(1), "--help"), io);
        }
        io.out().print(command.help());
        return 0;
    }

    private Command find(String name) {
        for (Command c : commands) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new UsageException("unknown command \"" + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(name))
                + "\" (see bcf --help)");
    }

    private String usage() {
        StringBuilder b = new StringBuilder("""
                Usage: bcf <command> [options]

                Checks Better Care Fund plans and quarterly returns, and runs the BCF calculators.

                Commands:
                """);
        for (Command c : commands) {
            List<Command> listed = c instanceof CommandGroup g ? g.members() : List.of(c);
            for (Command each : listed) {
                b.append(String.format("  %-22s %s\n", each.name(), each.summary()));
            }
        }
        return b.append("""

                Run bcf <command> --help for the options of each. Exit status: 0 all well, 1 a
                document has an ERROR finding (check), 2 a wrong command line or an unreadable file.
                """).toString();
    }
}
