package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --help for every command, on standard output with status 0. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "rules", "summary", "report", "split", "rate per100k", "rate dtoc", "rag",
        "uplift social-care", "fees average", "fees uplift"})
    void everyCommandHasHelp(String command) {
        for (String flag : List.of("--help", "-h")) {
            String[] words = (command + " " + flag).split(" ");
            Run run = Run.of(words);
            assertEquals(0, run.status(), run.err());
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("Usage: bcf " + command + " "), run.out());
        }
        Run viaHelp = Run.of(("help " + command).split(" "));
        assertEquals(0, viaHelp.status());
        assertTrue(viaHelp.out().startsWith("Usage: bcf " + command + " "), viaHelp.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate", "uplift", "fees"})
    void groupsListTheirCommands(String group) {
        Run run = Run.of(group, "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Usage: bcf " + group + " <"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void topLevelHelpListsEveryCommand(String flag) {
        Run run = Run.of(flag);
        assertEquals(0, run.status());
        for (String c : List.of("check", "rules", "summary", "report", "split", "rate per100k", "rate dtoc", "rag",
                "uplift social-care", "fees average", "fees uplift")) {
            assertTrue(run.out().contains("\n  " + c + " "), c);
        }
    }
}
