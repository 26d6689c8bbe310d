package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.testkit.hostile.HostileWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile workbook of bcf-testkit's corpus is refused with one {@link BcfParseException}
 * whose one-line message names the file and says what is wrong, before Apache POI loads any of
 * it; and the zip-bomb entry of the corpus really is one that only the size limit catches.
 */
class HostileWorkbooksTest {
    @TempDir
    Path dir;

    @Test
    void everyHostileWorkbookIsRefusedInOneLineNamingTheFile() {
        List<HostileWorkbook> all = HostileWorkbook.all();
        assertTrue(all.size() >= 20, "at least 20 hostile workbooks, found " + all.size());
        for (HostileWorkbook w : all) {
            Path file = w.writeTo(dir);
            BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(file), w.file());
            String m = e.getMessage();
            assertTrue(m.startsWith(w.file() + ": "), m);
            assertTrue(m.contains(w.fragment()), w.file() + ": expected \"" + w.fragment() + "\" in: " + m);
            assertFalse(m.contains("\n") || m.contains("\r"), m);
            assertTrue(m.length() < 400, m);
        }
    }

    @Test
    void anExternalEntityIsRefusedForItsDtdBeforeAnythingIsResolved() {
        Path file = named("xxe-shared-strings.xlsx").writeTo(dir);
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(file));
        assertEquals("xxe-shared-strings.xlsx: xl/sharedStrings.xml has a DTD (<!DOCTYPE ...>); a workbook's XML has"
                + " none, and a DTD can define entities that read other files or expand without end", e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd is quoted");
    }

    @Test
    void theEntrySizeBombInflatesPastTheLimitAtARatioBelowTheRatioLimit() throws IOException {
        Path file = named("zip-bomb-entry-size.xlsx").writeTo(dir);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertTrue(sheet.getSize() > WorkbookScan.MAX_ENTRY_BYTES, "inflates past the limit");
            assertTrue(sheet.getSize() < WorkbookScan.MAX_RATIO * sheet.getCompressedSize(),
                    "at a ratio of " + sheet.getSize() / sheet.getCompressedSize());
        }
        assertTrue(Files.size(file) < WorkbookOpening.MAX_FILE_BYTES, "a file small enough to be opened");
        BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(file));
        assertEquals("zip-bomb-entry-size.xlsx: a zip bomb: xl/worksheets/sheet1.xml inflates past 16777216 bytes"
                + " (16 MiB), more than a workbook's part needs", e.getMessage());
    }

    @Test
    void theColumnOfACellReferenceIsCountedInLetters() {
        assertEquals(1, WorkbookScan.column("A1"));
        assertEquals(28, WorkbookScan.column("AB12"));
        assertEquals(1000, WorkbookScan.column("ALL7"));
        assertEquals(16384, WorkbookScan.column("XFD1"));
    }

    private static HostileWorkbook named(String file) {
        return HostileWorkbook.all().stream().filter(w -> w.file().equals(file)).findFirst().orElseThrow();
    }
}
