package dev.bcfkit.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A command's arguments after parsing against its {@link Options}: option values, flags and the
 * positional arguments, in order. Parsing is by hand, with no framework, so that the tool starts
 * fast. {@code --} ends the options; a lone {@code -} is a positional argument (standard input).
 */
final class Arguments {
    private final String command;
    private final Map<String, List<String>> values;
    private final Set<String> flags;
    private final List<String> positionals;

    private Arguments(String command, Map<String, List<String>> values, Set<String> flags,
            List<String> positionals) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * Parses a command's arguments.
     *
     * @param command the command's name, such as {@code rate per100k}, for messages
     * @param options what the command accepts
     * @param args the arguments after the command's name
     * @return the parsed arguments
     * @throws UsageException for an unknown option, a repeated one-off option, a missing value or
     *         a value given to a flag
     */
    static Arguments parse(String command, Options options, List<String> args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new TreeSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                flags.add("help");
                continue;
            }
            if (!arg.startsWith("--")) {
                throw unknown(command, arg);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            Options.Kind kind = options.kindOf(name);
            if (kind == null) {
                throw unknown(command, eq < 0 ? arg : arg.substring(0, eq));
            }
            if (kind == Options.Kind.FLAG) {
                if (eq >= 0) {
                    throw new UsageException(command + ": option --" + name + " takes no value (see bcf " + command
                            + " --help)");
                }
                flags.add(name);
                continue;
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(command + ": option --" + name + " needs a value (see bcf " + command
                        + " --help)");
            }
            List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
            if (kind == Options.Kind.VALUE && !list.isEmpty()) {
                throw new UsageException(command + ": option --" + name + " is given twice");
            }
            list.add(value);
        }
        return new Arguments(command, values, flags, Collections.unmodifiableList(positionals));
    }

    private static UsageException unknown(String command, String option) {
        return new UsageException(command + ": unknown option " + Terminal.oneLine(option) + " (see bcf " + command
                + " --help)");
    }

    /** @return whether {@code --help} or {@code -h} was given */
    boolean help() {
        return flags.contains("help");
    }

    /**
     * @param name a flag's name
     * @return whether it was given
     */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * @param name an option's name
     * @return its value, or null when it was not given
     */
    String value(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    /**
     * @param name an option's name
     * @return its value
     * @throws UsageException when it was not given
     */
    String required(String name) {
        String v = value(name);
        if (v == null) {
            throw new UsageException(command + ": missing --" + name + " (see bcf " + command + " --help)");
        }
        return v;
    }

    /**
     * @param name a repeatable option's name
     * @return its values in the order given, empty when none
     */
    List<String> values(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** @return the positional arguments, in order */
    List<String> positionals() {
        return positionals;
    }

    /** @return the command's name, for messages */
    String command() {
        return command;
    }
}
