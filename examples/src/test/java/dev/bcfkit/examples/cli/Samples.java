package dev.bcfkit.examples.cli;

import dev.bcfkit.json.BcfJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample documents in examples/data (the module directory is examples/). */
final class Samples {
    static final Path DIR = Path.of("data");
    static final String SOUTHEND_Q1 = "southend-2016-17-q1.json";
    static final String SOUTHEND_Q4 = "southend-2016-17-q4.json";
    static final String NOTTS_Q2 = "nottinghamshire-2017-18-q2.json";
    static final String DORSET_Q2 = "dorset-2018-19-q2.json";
    static final String NOTTS_PLAN = "nottinghamshire-plan-2014.json";
    static final List<String> RETURNS = List.of("southend-2016-17-q1.json", "southend-2016-17-q2.json",
            "southend-2016-17-q3.json", SOUTHEND_Q4, NOTTS_Q2, DORSET_Q2);

    private Samples() {
    }

    static String path(String name) {
        return DIR.resolve(name).toString();
    }

    static Object read(String name) {
        return BcfJson.strict().readDocument(DIR.resolve(name));
    }

    static Path write(Path dir, String name, Object document) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, BcfJson.strict().writeString(document), StandardCharsets.UTF_8);
        return p;
    }

    /** @return every .json file in examples/data, in name order */
    static List<String> all() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().map(Path::toString).toList();
        }
    }
}
