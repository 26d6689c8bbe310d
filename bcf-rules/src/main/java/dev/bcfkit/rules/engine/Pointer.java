package dev.bcfkit.rules.engine;

/**
 * Builds JSON pointers (RFC 6901) to elements of a document, the paths findings carry:
 * {@code Pointer.of("incomeAndExpenditure", "income", "forecast", "q3")} gives
 * {@code /incomeAndExpenditure/income/forecast/q3}. Tokens are escaped ({@code ~} as {@code ~0},
 * {@code /} as {@code ~1}).
 */
public final class Pointer {
    private Pointer() {
    }

    /**
     * @param tokens the reference tokens; strings, numbers (array indices) or enum constants (their names)
     * @return the pointer, {@code ""} for none
     */
    public static String of(Object... tokens) {
        StringBuilder b = new StringBuilder();
        for (Object t : tokens) {
            b.append('/').append(escape(String.valueOf(t)));
        }
        return b.toString();
    }

    /**
     * @param base a pointer
     * @param tokens further tokens
     * @return the base pointer extended by the tokens
     */
    public static String append(String base, Object... tokens) {
        return base + of(tokens);
    }

    private static String escape(String token) {
        return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token
                : token.replace("~", "~0").replace("/", "~1");
    }
}
