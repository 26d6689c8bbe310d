package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample files in examples/data are exactly the golden fixtures of bcf-testkit as
 * {@link BcfJson} writes them (rerun with {@code -Dbcf.regenerate=true} to rewrite them), read
 * back to the same documents, survive a round trip byte for byte, and are valid against the
 * shipped schema of their format.
 */
class SampleFilesTest {
    private final BcfJson json = BcfJson.strict();

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theFileIsTheFixtureAsWritten(Sample sample) throws IOException {
        String written = json.writeString(sample.fixture());
        assertEquals(written, Regeneration.sync(sample.file(), written), Regeneration.hint(sample.file()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theFileReadsBackToItsFixture(Sample sample) {
        Object read = json.read(sample.file(), sample.format().documentType());
        assertEquals(sample.fixture(), read);
        assertEquals(sample.fixture(), BcfJson.lenient().read(sample.file(), sample.format().documentType()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void readDocumentTellsTheKindFromTheFormatProperty(Sample sample) throws IOException {
        Object read = json.readDocument(sample.file());
        assertInstanceOf(sample.format().documentType(), read);
        assertEquals(sample.fixture(), read);
        assertEquals(sample.format(), json.formatOf(Files.readAllBytes(sample.file()), sample.fileName()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void writingWhatWasReadGivesTheSameBytes(Sample sample) throws IOException {
        byte[] file = Files.readAllBytes(sample.file());
        Object read = json.read(file, sample.fileName(), sample.format().documentType());
        assertArrayEquals(file, json.write(read));
        assertEquals(sample.fixture(), json.read(json.write(sample.fixture()), sample.format().documentType()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aStreamReadsLikeTheFile(Sample sample) throws IOException {
        try (InputStream in = Files.newInputStream(sample.file())) {
            assertEquals(sample.fixture(), json.read(in, "<stdin>", sample.format().documentType()));
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theFileIsValidAgainstTheSchemaOfItsFormat(Sample sample) throws IOException {
        assertEquals(List.of(), SchemaValidation.problems(sample.format(), Files.readString(sample.file())));
    }
}
