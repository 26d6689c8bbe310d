package dev.bcfkit.rules.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key by which a person tells two names apart: names that look the same are the same name.
 * Derived: a reader of a plan or a pooled budget cannot see the difference between "Ashfield"
 * and "Ashfield" with a trailing space, a zero-width space, a NUL, another Unicode normalisation
 * form or other capitals, so the rules that judge duplicates treat them as one name.
 *
 * <p>The key is the name in Unicode normalisation form C, without NUL, zero-width and other
 * invisible format characters (U+200B to U+200F, U+2060 to U+2064, U+FEFF, U+00AD soft hyphen),
 * with every run of white space (including no-break spaces) read as one space, trimmed and
 * case-folded (upper-cased then lower-cased, so that "STRASSE" and "straße" agree).
 */
public final class NameKey {
    private NameKey() {
    }

    /**
     * @param name a name, possibly null
     * @return its key; {@code ""} for null or a name with nothing visible in it
     */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20 || c == 0x7f) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(char c) {
        return c == 0 || c == '\u00ad' || (c >= '\u200b' && c <= '\u200f') || (c >= '\u2060' && c <= '\u2064')
                || c == '\ufeff';
    }
}
