package dev.bcfkit.testkit.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus as committed ({@code src/main/resources/dev/bcfkit/testkit/hostile/}, this module's own
 * folder) and as {@link HostileFile} gives it: the manifest names every file once and only those,
 * the bytes and paths are the committed files, and a line of the manifest is parsed cell by cell.
 */
class HostileFileTest {
    private static final Path COMMITTED = Path.of("src", "main", "resources", "dev", "bcfkit", "testkit", "hostile");

    @Test
    void theManifestNamesEveryFileOfTheCorpusOnceAndOnlyThose() throws IOException {
        List<HostileFile> files = HostileFile.all();
        Set<String> listed = files.stream().map(HostileFile::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files.size(), listed.size(), "each file is listed once");
        Set<String> present;
        try (Stream<Path> dir = Files.list(COMMITTED)) {
            present = dir.map(p -> p.getFileName().toString()).filter(n -> !n.equals(HostileFile.MANIFEST))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
        assertTrue(files.size() >= 50, "at least 50 hostile inputs, found " + files.size());
        assertTrue(files.stream().filter(HostileFile::refused).count() >= 50, "refusals");
        assertTrue(files.stream().filter(f -> !f.refused()).count() >= 10, "documents that are read");
    }

    @Test
    void bytesAndPathsAreTheCommittedFiles() throws IOException {
        for (HostileFile f : HostileFile.all()) {
            byte[] committed = Files.readAllBytes(COMMITTED.resolve(f.file()));
            assertArrayEquals(committed, f.bytes(), f.file());
            assertArrayEquals(committed, Files.readAllBytes(f.path()), f.file());
        }
    }

    @Test
    void aRefusalAndAReportAreReadFromTheirCells() {
        HostileFile refusal = HostileFile.named("duplicate-key-amount.json");
        assertTrue(refusal.refused());
        assertEquals("/incomeAndExpenditure/pooledFund", refusal.pointer());
        assertEquals("the property \"pooledFund\" appears twice", refusal.fragment());

        HostileFile root = HostileFile.named("bom-after-whitespace.json");
        assertEquals("", root.pointer(), "\"\" in the manifest is the document root");

        HostileFile leapDay = HostileFile.named("date-leap-day.json");
        assertEquals(HostileFile.REPORT, leapDay.outcome());
        assertEquals(List.of(), leapDay.ruleIds(), "- is no rule in particular");
        assertEquals(List.of("A-1", "B-2"), new HostileFile("x.json", "report", "A-1,B-2", "").ruleIds());
    }

    @Test
    void anUnknownOutcomeOrFileIsRefusedByName() {
        IllegalArgumentException outcome = assertThrows(IllegalArgumentException.class,
                () -> new HostileFile("x.json", "crash", "-", ""));
        assertEquals("x.json: unknown outcome \"crash\", expected \"parse-error\" or \"report\"", outcome.getMessage());
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> HostileFile.named("no-such.json"));
        assertEquals("not in the manifest: \"no-such.json\"", file.getMessage());
    }
}
