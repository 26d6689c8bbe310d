package dev.bcfkit.rules.outcomes;

import dev.bcfkit.core.Text;
import dev.bcfkit.core.outcomes.LocalOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units the rows of a local outcome table count ("admissions", "attendances", "bed days",
 * {@code [001:38-41]}), to find which of them a trend sentence speaks of. A sentence is read once,
 * word by word, looking up runs of one to {@value #LONGEST} words, so the work grows with the
 * length of the text and not with the number of rows times the number of units.
 */
final class MeasureWords {
    /** The longest unit, in words, that is looked for in a sentence. */
    static final int LONGEST = 3;

    private final Map<String, String> units;

    private MeasureWords(Map<String, String> units) {
        this.units = units;
    }

    /** @return the units the rows state, keyed by their words in lower case */
    static MeasureWords of(List<LocalOutcome> rows) {
        Map<String, String> units = new HashMap<>();
        for (LocalOutcome o : rows) {
            if (!Text.isBlank(o.unit())) {
                String key = key(o.unit());
                if (!key.isEmpty() && key.split(" ").length <= LONGEST) {
                    units.putIfAbsent(key, o.unit().strip());
                }
            }
        }
        return new MeasureWords(units);
    }

    /**
     * @param own the unit of the sentence's own row
     * @param sentence the trend sentence
     * @return another row's unit the sentence names, if it names one and not its own
     */
    Optional<String> otherThan(String own, String sentence) {
        String ownKey = key(own);
        String text = key(sentence);
        if ((" " + text + " ").contains(" " + ownKey + " ")) {
            return Optional.empty();
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int n = 0; n < LONGEST && i + n < words.length; n++) {
                if (n > 0) {
                    run.append(' ');
                }
                run.append(words[i + n]);
                String candidate = run.toString();
                if (units.containsKey(candidate)) {
                    return Optional.of(units.get(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** @return the text in lower case, letters and digits only, words joined by one space */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
