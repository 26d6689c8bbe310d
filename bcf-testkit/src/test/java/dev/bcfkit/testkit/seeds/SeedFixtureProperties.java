package dev.bcfkit.testkit.seeds;

import static dev.bcfkit.testkit.seeds.CitedSeed.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the seed fixtures and of the way the tests compare them with the seeds.
 */
class SeedFixtureProperties {
    private static final CitedSeed PLAN = CitedSeed.read(CitedSeed.NOTTINGHAMSHIRE_PLAN);
    private static final CitedSeed DORSET = CitedSeed.read(CitedSeed.DORSET_RETURN);
    private static final CitedSeed NOTTS = CitedSeed.read(CitedSeed.NOTTINGHAMSHIRE_RETURN);

    /** Transcribed texts and the seed text each is compared with. */
    private static final List<String[]> TRANSCRIPTIONS = List.of(
            new String[] {NottinghamshirePlan.plan2014().providerEngagement(), PLAN.lines(70, 93)},
            new String[] {NottinghamshirePlan.plan2014().vision(), PLAN.lines(142, 168)},
            new String[] {NottinghamshirePlan.plan2014().risks().get(13).mitigatingActions(),
                PLAN.cells(2, 706, 708)},
            new String[] {NottinghamshireReturn.q2of2017to18().metrics().get(3).achievements(),
                NOTTS.cells(4, 213, 215)},
            new String[] {DorsetReturn.q2of2018to19().narrative().successStory(),
                DORSET.lines(117, 131) + " " + DORSET.lines(135, 141)});

    @Property(tries = 200)
    void anyChangedCharacterOfATranscriptionBreaksItsMatchWithTheSeed(
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll @IntRange(min = 0, max = 100_000) int at,
            @ForAll @CharRange(from = 'a', to = 'z') char replacement) {
        String[] pair = TRANSCRIPTIONS.get(which);
        String text = pair[0];
        int position = at % text.length();
        Assume.that(text.charAt(position) != replacement);
        assertEquals(plain(pair[1]), plain(text), "the golden transcription matches");
        String slipped = text.substring(0, position) + replacement + text.substring(position + 1);
        assertNotEquals(plain(pair[1]), plain(slipped), "a slip at " + position + " is caught");
    }

    @Property(tries = 50)
    void everyFixtureIsBuiltAfreshAndEqualEachTime(@ForAll @IntRange(min = 0, max = 4) int which) {
        List<Supplier<Object>> fixtures = List.of(
                NottinghamshirePlan::plan2014,
                NottinghamshireReturn::q2of2017to18,
                DorsetReturn::q2of2018to19,
                SeedPooledBudgets::southend2017to19,
                SeedPooledBudgets::nottinghamshire2017to19);
        Object first = fixtures.get(which).get();
        Object second = fixtures.get(which).get();
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
    }
}
