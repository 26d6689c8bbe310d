package dev.bcfkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.json.BcfJson;
import dev.bcfkit.testkit.seeds.SampleDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample files this module ships in {@code data/} are exactly bcf-testkit's golden fixtures
 * ({@link SampleDocument}) as {@link BcfJson} writes them, and there is no other: every other test
 * that needs a sample takes it from the testkit. Run with {@code -Dbcf.regenerate=true} to rewrite
 * the files from the fixtures instead, then review the diff:
 * {@code mvn -B -pl examples -am test -Dtest=SampleFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerate=true}.
 */
class SampleFilesTest {
    private static final Path DATA = Path.of("data");
    private static final boolean REGENERATE = Boolean.getBoolean("bcf.regenerate");

    @ParameterizedTest
    @EnumSource(SampleDocument.class)
    void theFileIsTheFixtureAsWritten(SampleDocument sample) throws IOException {
        String written = BcfJson.strict().writeString(sample.fixture());
        Path file = DATA.resolve(sample.fileName());
        if (REGENERATE) {
            Files.writeString(file, written, StandardCharsets.UTF_8);
        }
        assertEquals(written, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
                "examples/data/" + sample.fileName() + " is not the fixture as written; rerun with"
                        + " -Dbcf.regenerate=true to rewrite it, then review the diff");
    }

    @Test
    void everyJsonFileInDataIsASampleDocument() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(DATA)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(Arrays.stream(SampleDocument.values()).map(SampleDocument::fileName)
                .collect(Collectors.toCollection(TreeSet::new)), files);
    }
}
