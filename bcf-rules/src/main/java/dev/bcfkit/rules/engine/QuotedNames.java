package dev.bcfkit.rules.engine;

import dev.bcfkit.core.Text;
import java.util.List;
import java.util.Locale;

/**
 * A list of names quoted in a message, at most {@value #MOST} of them and then how many more
 * ("'Bassetlaw', 'Mansfield and Ashfield', 'Newark and Sherwood' and 412 more"), so that a
 * message stays one readable line however many names a document holds. Each name is abbreviated
 * with {@link Text#abbreviate}.
 */
public final class QuotedNames {
    /** The most names a message quotes. */
    public static final int MOST = 3;

    private QuotedNames() {
    }

    /**
     * @param names the names, in document order
     * @return the first few, quoted and separated by commas, and how many more; {@code "none"} for none
     */
    public static String of(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        int shown = Math.min(MOST, names.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('\'').append(Text.abbreviate(names.get(i))).append('\'');
        }
        if (names.size() > shown) {
            b.append(" and ").append(String.format(Locale.UK, "%,d", names.size() - shown)).append(" more");
        }
        return b.toString();
    }
}
