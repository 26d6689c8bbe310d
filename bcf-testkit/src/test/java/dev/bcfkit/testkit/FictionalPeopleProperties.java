package dev.bcfkit.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.core.returns.ReturnCover;
import dev.bcfkit.testkit.seeds.DorsetReturn;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Generated returns name fictional people: their e-mail addresses are at domains reserved for
 * examples ({@code example.org}), their telephone numbers in the range kept for drama, and no
 * person is named as in the papers' covers (the seed fixtures keep the names the papers print).
 */
class FictionalPeopleProperties {
    private static final Pattern EXAMPLE_EMAIL = Pattern.compile("[a-z]+@([a-z]+\\.)?example\\.org");
    private static final Pattern DRAMA_NUMBER = Pattern.compile("01632 960[0-9]{3}");
    private static final List<String> REAL_SURNAMES = realSurnames();

    /** The surnames of the people the papers' return covers name. */
    private static List<String> realSurnames() {
        List<QuarterlyReturn> seeds = new ArrayList<>(SouthendReturns.all());
        seeds.add(NottinghamshireReturn.q2of2017to18());
        seeds.add(DorsetReturn.q2of2018to19());
        List<String> surnames = new ArrayList<>();
        for (QuarterlyReturn r : seeds) {
            for (String person : new String[] {r.cover().completedBy(), r.cover().signedOffBy()}) {
                String[] words = person.split("[ ,]+");
                if (words.length >= 2 && Character.isLetter(words[1].charAt(0)) && !person.equals("TBC")) {
                    surnames.add(words[words.length == 2 ? 1 : 2].toLowerCase(Locale.ROOT));
                }
            }
        }
        return surnames;
    }

    @Property(tries = 200)
    void coversNameFictionalPeopleAtExampleDomains(@ForAll QuarterlyReturn r) {
        ReturnCover cover = r.cover();
        assertTrue(EXAMPLE_EMAIL.matcher(cover.email()).matches(), cover.email());
        assertTrue(DRAMA_NUMBER.matcher(cover.contactNumber()).matches(), cover.contactNumber());
        for (String person : List.of(cover.completedBy(), cover.signedOffBy())) {
            for (String surname : REAL_SURNAMES) {
                assertFalse(person.toLowerCase(Locale.ROOT).endsWith(" " + surname), person + " is named in the papers");
            }
        }
    }

    @Property(tries = 1)
    void thePapersNameTheOfficersThisPropertyLooksFor(@ForAll QuarterlyReturn ignored) {
        assertTrue(REAL_SURNAMES.containsAll(List.of("faint", "salter")), REAL_SURNAMES.toString());
    }
}
