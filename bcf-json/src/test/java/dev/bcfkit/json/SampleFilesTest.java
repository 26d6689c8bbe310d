package dev.bcfkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample documents as {@link BcfJson} writes them from bcf-testkit's golden fixtures (the
 * committed files in examples/data are these bytes, which the examples module checks): they read
 * back to the same documents from a file, bytes and a stream, survive a round trip byte for byte,
 * and are valid against the shipped schema of their format.
 */
class SampleFilesTest {
    private final BcfJson json = BcfJson.strict();

    private static Path file(Path dir, Sample sample) throws IOException {
        return Files.write(dir.resolve(sample.fileName()), sample.bytes());
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theFileReadsBackToItsFixture(Sample sample, @TempDir Path dir) throws IOException {
        Path file = file(dir, sample);
        assertEquals(sample.fixture(), json.read(file, sample.format().documentType()));
        assertEquals(sample.fixture(), BcfJson.lenient().read(file, sample.format().documentType()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void readDocumentTellsTheKindFromTheFormatProperty(Sample sample, @TempDir Path dir) throws IOException {
        Object read = json.readDocument(file(dir, sample));
        assertInstanceOf(sample.format().documentType(), read);
        assertEquals(sample.fixture(), read);
        assertEquals(sample.format(), json.formatOf(sample.bytes(), sample.fileName()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void writingWhatWasReadGivesTheSameBytes(Sample sample) {
        byte[] file = sample.bytes();
        Object read = json.read(file, sample.fileName(), sample.format().documentType());
        assertArrayEquals(file, json.write(read));
        assertEquals(sample.fixture(), json.read(json.write(sample.fixture()), sample.format().documentType()));
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aStreamReadsLikeTheFile(Sample sample) throws IOException {
        try (InputStream in = new ByteArrayInputStream(sample.bytes())) {
            assertEquals(sample.fixture(), json.read(in, "<stdin>", sample.format().documentType()));
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theFileIsValidAgainstTheSchemaOfItsFormat(Sample sample) {
        assertEquals(List.of(), SchemaValidation.problems(sample.format(), sample.text()));
    }
}
