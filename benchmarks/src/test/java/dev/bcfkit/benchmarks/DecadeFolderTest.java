package dev.bcfkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decade folder holds each quarter's fixture bytes, one file per return, named by quarter and board. */
class DecadeFolderTest {
    @TempDir
    Path folder;

    @Test
    void eachQuarterIsTheNationalQuarterOfItsSeed() throws Exception {
        long bytes = DecadeFolder.write(folder, 2);
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        assertEquals(2 * NationalQuarter.BOARDS, files.size());
        assertEquals("q00-hwb000.json", files.get(0).getFileName().toString());
        assertEquals("q01-hwb152.json", files.get(files.size() - 1).getFileName().toString());

        NationalQuarter second = NationalQuarter.generate(NationalQuarter.SEED + 1);
        assertArrayEquals(second.bytes().get(7), Files.readAllBytes(folder.resolve("q01-hwb007.json")));
        assertEquals(NationalQuarter.generate(NationalQuarter.SEED).totalBytes() + second.totalBytes(), bytes);
        assertEquals(40 * 153, DecadeFolder.QUARTERS * NationalQuarter.BOARDS);
    }
}
