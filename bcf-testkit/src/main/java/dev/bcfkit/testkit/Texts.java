package dev.bcfkit.testkit;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Free-text cells: non-blank text that shrinks to a single letter, names of people and
 * bodies, e-mail addresses and telephone numbers. The text includes characters that a JSON
 * writer must escape (quotes, backslashes, line breaks) and non-ASCII characters such as
 * "£" and "é", because real returns contain them.
 */
final class Texts {
    /** Characters after the first: letters, spaces, punctuation, escapes and a few non-ASCII ones. */
    private static final String REST = " ,.'-&()/£é’\"\\\n";

    /**
     * Fictional people: common first names and surnames, none of them an officer named in the
     * papers (the seed fixtures keep the real names the papers print; generated data never does).
     */
    private static final List<String> FIRST_NAMES = List.of("Alex", "Sam", "Anne", "David", "Priya", "Tom",
            "Sian", "Mohammed", "Joan", "Ravi");
    private static final List<String> SURNAMES = List.of("Example", "Fairweather", "Smith", "Okafor", "Patel", "Evans",
            "Nowak", "Brown", "Hughes", "O'Neill");

    /** Domains reserved for examples (RFC 2606), so that no generated address reaches a real council. */
    private static final List<String> DOMAINS = List.of("example.org", "council.example.org", "ccg.example.org",
            "nhs.example.org");

    private Texts() {
    }

    /**
     * @param maxLength the most characters, 1 or more
     * @return non-blank text of 1 to {@code maxLength} characters starting with a capital letter;
     *     shrinks to "A"
     */
    static Arbitrary<String> nonBlank(int maxLength) {
        Arbitrary<Character> first = Arbitraries.chars().range('A', 'Z');
        if (maxLength == 1) {
            return first.map(String::valueOf);
        }
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withChars(REST)
                .ofMaxLength(maxLength - 1);
        return Combinators.combine(first, rest).as((c, s) -> c + s);
    }

    /**
     * Text whose length is anywhere from 1 to the limit: mostly short, now and then long, the
     * limit itself among the edge cases. Long text repeats a short phrase, so generating it is cheap.
     *
     * @param limit the most characters the cell takes
     * @return non-blank text of at most {@code limit} characters
     */
    static Arbitrary<String> upTo(int limit) {
        Arbitrary<String> shortText = nonBlank(Math.min(limit, 120));
        Arbitrary<String> longText = Combinators.combine(nonBlank(Math.min(limit, 40)),
                Arbitraries.integers().between(1, limit)).as(Texts::filled);
        return Arbitraries.frequencyOf(Tuple.of(9, shortText), Tuple.of(1, longText));
    }

    /**
     * @param phrase a non-blank phrase
     * @param length the length wanted, 1 or more
     * @return the phrase repeated and cut to exactly {@code length} characters; never blank
     */
    static String filled(String phrase, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(phrase).append(' ');
        }
        b.setLength(length);
        if (b.charAt(length - 1) == ' ' || Character.isWhitespace(b.charAt(length - 1))) {
            b.setCharAt(length - 1, '.');
        }
        return b.toString();
    }

    /** @return a fictional person's name such as "Alex Example"; shrinks to the first name in the list */
    static Arbitrary<String> personNames() {
        return Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(SURNAMES)).as((f, s) -> f + " " + s);
    }

    /** @return a job title such as "Chief Officer" */
    static Arbitrary<String> positions() {
        return Arbitraries.of("Chief Officer", "Accountable Officer", "Director of Adult Social Care",
                "Chair of the Health and Wellbeing Board", "Chief Executive", "Head of Integration");
    }

    /** @return an e-mail address at a reserved example domain, such as "alex@example.org" */
    static Arbitrary<String> emails() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(DOMAINS)).as((local, domain) -> local + "@" + domain);
    }

    /**
     * @return a telephone number from the range Ofcom keeps for drama, 01632 960000 to 01632 960999,
     *     so that no generated number rings a real one
     */
    static Arbitrary<String> telephoneNumbers() {
        return Arbitraries.strings().numeric().ofLength(3).map(n -> "01632 960" + n);
    }
}
