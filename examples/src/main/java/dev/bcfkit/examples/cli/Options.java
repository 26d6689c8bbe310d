package dev.bcfkit.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options a command accepts: options that take a value ({@code --total 13131049} or
 * {@code --total=13131049}), options that may be given several times, and flags that take none.
 * {@code --help} and {@code -h} are accepted by every command. Immutable; each method returns a
 * new set.
 */
final class Options {
    /** How an option is given. */
    enum Kind {
        /** Takes one value, at most once. */
        VALUE,
        /** Takes one value each time and may be repeated. */
        REPEATABLE,
        /** Takes no value. */
        FLAG
    }

    private final Map<String, Kind> kinds;

    private Options(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** @return a set with no options but {@code --help} */
    static Options none() {
        return new Options(Map.of());
    }

    /**
     * @param name the option's name without the leading dashes
     * @return these options and one that takes a value
     */
    Options value(String name) {
        return with(name, Kind.VALUE);
    }

    /**
     * @param name the option's name without the leading dashes
     * @return these options and one that takes a value and may be repeated
     */
    Options repeatable(String name) {
        return with(name, Kind.REPEATABLE);
    }

    /**
     * @param name the option's name without the leading dashes
     * @return these options and a flag
     */
    Options flag(String name) {
        return with(name, Kind.FLAG);
    }

    /**
     * @param name an option's name without the leading dashes
     * @return how it is given, or null if the command does not accept it
     */
    Kind kindOf(String name) {
        return kinds.get(name);
    }

    private Options with(String name, Kind kind) {
        Map<String, Kind> m = new LinkedHashMap<>(kinds);
        m.put(name, kind);
        return new Options(Map.copyOf(m));
    }
}
