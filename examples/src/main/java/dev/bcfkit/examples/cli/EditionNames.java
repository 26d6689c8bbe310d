package dev.bcfkit.examples.cli;

import dev.bcfkit.core.DocumentKind;
import dev.bcfkit.core.Edition;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names an analyst may type for a template {@link Edition}: the constant name
 * ({@code QUARTERLY_2017_18}, any case, with {@code _} or {@code -}), the financial year of a
 * quarterly return in the forms the templates use ({@code 2017/18}, {@code 2017-18},
 * {@code 17/18}), the edition's label ({@code 2017/18 quarterly return}), and the short names
 * the tool prints: {@code plan-2014} (also {@code plan}), {@code 2016/17}, {@code 2017/18},
 * {@code 2018/19}, {@code pooled-budget-2017-19} (also {@code pooled-budget}), {@code plan-2017-19}.
 */
final class EditionNames {
    private static final Map<String, Edition> ALIASES = aliases();

    private EditionNames() {
    }

    /**
     * @param edition an edition
     * @return the short name the tool prints, such as {@code 2017/18} or {@code plan-2014}
     */
    static String shortName(Edition edition) {
        return edition.kind() == DocumentKind.QUARTERLY_RETURN ? edition.year().toString()
                : edition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param command the command, for the message
     * @param text what the analyst typed
     * @return the edition
     * @throws UsageException naming every known edition if the text names none
     */
    static Edition parse(String command, String text) {
        Edition e = text == null ? null : ALIASES.get(normalise(text));
        if (e == null) {
            throw new UsageException(command + ": --edition: unknown edition \""
                    + Terminal.oneLine(dev.bcfkit.core.Text.abbreviate(text)) + "\"; known: " + known());
        }
        return e;
    }

    /** @return every edition as {@code CONSTANT (short name)}, comma-separated */
    static String known() {
        return Arrays.stream(Edition.values()).map(e -> e.name() + " (" + shortName(e) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Edition> aliases() {
        Map<String, Edition> m = new LinkedHashMap<>();
        for (Edition e : Edition.values()) {
            m.put(normalise(e.name()), e);
            m.put(normalise(shortName(e)), e);
            m.put(normalise(e.label()), e);
            if (e.kind() == DocumentKind.QUARTERLY_RETURN) {
                String year = e.year().toString();
                m.put(year.replace('/', '-'), e);
                m.put(e.year().shortLabel(), e);
                m.put(e.year().shortLabel().replace('/', '-'), e);
            }
        }
        long budgets = Arrays.stream(Edition.values()).filter(e -> e.kind() == DocumentKind.POOLED_BUDGET).count();
        long outcomes = Arrays.stream(Edition.values()).filter(e -> e.kind() == DocumentKind.LOCAL_OUTCOME_TABLE)
                .count();
        for (Edition e : Edition.values()) {
            // "plan" named the one plan edition before the 2017-19 plan was added, and still names
            // the first (the 2014 plan), so that scripts that typed it keep their meaning.
            if (e.kind() == DocumentKind.PLAN) {
                m.putIfAbsent("plan", e);
            }
            if (e.kind() == DocumentKind.POOLED_BUDGET && budgets == 1) {
                m.putIfAbsent("pooled-budget", e);
            }
            if (e.kind() == DocumentKind.LOCAL_OUTCOME_TABLE && outcomes == 1) {
                m.putIfAbsent("local-outcomes", e);
            }
        }
        return Map.copyOf(m);
    }
}
