package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest workbook the safety limits let through is read in a child JVM with a 256 MiB heap
 * without running out of memory: it completes or is refused with one line naming the file.
 * Measured when this test was written: it needs between 128 and 192 MiB (Apache POI's in-memory
 * model of 195,000 cells and 16 MB of shared strings); at 96 or 128 MiB the JVM runs out of memory.
 * So the bound is real but not small: size the heap at about 256 MiB per workbook read at once. The
 * workbook sits just under every limit of {@link WorkbookScan} and {@link WorkbookOpening}: a
 * sheet of 5,000 rows and 195,000 cells, each a shared string, the shared strings almost 16 MiB
 * of XML (500 strings of 32,000 characters), under 20 MB on disk. The test counts what it built
 * (rows, cells, inflated bytes) and never times anything.
 */
class BoundedMemoryTest {
    static final String HEAP = "-Xmx256m";
    private static final int ROWS = WorkbookOpening.MAX_ROWS;
    private static final int COLUMNS = 39;
    private static final int STRINGS = 500;
    private static final int STRING_CHARS = 32_000;

    @TempDir
    Path dir;

    @Test
    void theLargestAllowedWorkbookIsReadInASmallHeapWithoutRunningOutOfMemory() throws Exception {
        Path file = dir.resolve("largest-allowed.xlsx");
        writeLargestAllowed(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long strings = zip.getEntry("xl/sharedStrings.xml").getSize();
            long sheet = zip.getEntry("xl/worksheets/sheet1.xml").getSize();
            assertTrue(strings > 15_500_000 && strings < WorkbookScan.MAX_ENTRY_BYTES, "strings: " + strings);
            assertTrue(strings + sheet < WorkbookScan.MAX_XML_BYTES, "all the XML: " + (strings + sheet));
        }
        assertTrue(ROWS * COLUMNS < WorkbookScan.MAX_CELLS && ROWS * COLUMNS > 0.95 * WorkbookScan.MAX_CELLS);
        assertTrue(Files.size(file) < WorkbookOpening.MAX_FILE_BYTES, "on disk: " + Files.size(file));

        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> line = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:-HeapDumpOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                SmallHeapReading.class.getName(), file.toString());
        Process p = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the child JVM ended");
        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        assertEquals(0, p.exitValue(), stdout + stderr);
        assertTrue(stdout.startsWith("read ") || stdout.startsWith("refused largest-allowed.xlsx: "), stdout);
        assertEquals(1, stdout.lines().count(), stdout);
        assertTrue(!stderr.contains("OutOfMemoryError"), stderr);
        System.out.println("under " + HEAP + ": " + stdout.strip());
    }

    /** Writes the workbook: one sheet "1. Cover", every cell a shared string. */
    static void writeLargestAllowed(Path file) throws IOException {
        Random random = new Random(96);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"1. Cover\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
                    + " Target=\"sharedStrings.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= ROWS; r++) {
                StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\">");
                for (int c = 0; c < COLUMNS; c++) {
                    row.append("<c r=\"").append(column(c)).append(r).append("\" t=\"s\"><v>")
                            .append(random.nextInt(STRINGS)).append("</v></c>");
                }
                write(zip, row.append("</row>").toString());
            }
            write(zip, "</sheetData></worksheet>");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + ROWS * COLUMNS
                    + "\" uniqueCount=\"" + STRINGS + "\">");
            List<String> words = words(random);
            for (int s = 0; s < STRINGS; s++) {
                StringBuilder text = new StringBuilder(STRING_CHARS + 16).append("<si><t>");
                int start = text.length();
                while (text.length() - start < STRING_CHARS - 12) {
                    text.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                write(zip, text.append("</t></si>").toString());
            }
            write(zip, "</sst>");
            zip.closeEntry();
        }
    }

    /** Made-up words, so the text deflates a few times, not a hundred. */
    private static List<String> words(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(8); k > 0; k--) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        return words;
    }

    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
