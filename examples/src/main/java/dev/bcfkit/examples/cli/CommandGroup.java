package dev.bcfkit.examples.cli;

import java.util.List;

/**
 * A command with sub-commands, such as {@code rate} ({@code rate per100k}, {@code rate dtoc}):
 * the next argument picks the sub-command.
 */
final class CommandGroup implements Command {
    private final String name;
    private final String summary;
    private final List<Command> members;

    /**
     * @param name the group's name, such as {@code rate}
     * @param summary one line saying what the group is for
     * @param members the sub-commands, each named {@code <group> <word>}
     */
    CommandGroup(String name, String summary, List<Command> members) {
        this.name = name;
        this.summary = summary;
        this.members = List.copyOf(members);
    }

    /** @return the sub-commands, in the order listed */
    List<Command> members() {
        return members;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String help() {
        StringBuilder b = new StringBuilder("Usage: bcf ").append(name).append(" <")
                .append(String.join("|", members.stream().map(this::word).toList())).append("> [options]\n\n")
                .append(summary).append("\n\nCommands:\n");
        for (Command c : members) {
            b.append(String.format("  %-22s %s%n", c.name(), c.summary()));
        }
        return b.append("\nRun bcf ").append(name).append(" <command> --help for the options of each.\n")
                .toString();
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (args.isEmpty()) {
            throw new UsageException(name + ": missing command, one of "
                    + String.join(", ", members.stream().map(this::word).toList()) + " (see bcf " + name
                    + " --help)");
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            io.out().print(help());
            return 0;
        }
        for (Command c : members) {
            if (word(c).equals(first)) {
                return c.run(args.subList(1, args.size()), io);
            }
        }
        throw new UsageException(name + ": unknown command \"" + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(first))
                + "\"; known: " + String.join(", ", members.stream().map(this::word).toList()));
    }

    private String word(Command c) {
        return c.name().substring(name.length() + 1);
    }
}
