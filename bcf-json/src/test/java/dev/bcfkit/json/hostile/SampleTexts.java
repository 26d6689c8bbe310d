package dev.bcfkit.json.hostile;

import dev.bcfkit.json.BcfJson;
import dev.bcfkit.testkit.seeds.SampleDocument;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The sample documents as JSON, written at run time from bcf-testkit's golden fixtures
 * ({@link SampleDocument}; the committed files of examples/data are these texts, which the examples
 * module checks), as the fuzzers and crafted inputs start from them.
 */
final class SampleTexts {
    private SampleTexts() {
    }

    /**
     * @param sample a sample document
     * @return its JSON text
     */
    static String of(SampleDocument sample) {
        return BcfJson.strict().writeString(sample.fixture());
    }

    /** @return every sample's JSON text, in file-name order */
    static List<String> all() {
        return Arrays.stream(SampleDocument.values()).sorted(Comparator.comparing(SampleDocument::fileName))
                .map(SampleTexts::of).toList();
    }
}
