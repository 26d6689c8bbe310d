package dev.bcfkit.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile workbooks: files a council's upload might be, or an attacker might send, in place
 * of a return's {@code .xlsx}, each made here (with {@code java.util.zip} only, so no Excel
 * library is needed and no binary is committed) with the fragment of the one-line refusal a
 * workbook reader must give: zip bombs (an entry that inflates a thousand times, and one that
 * inflates past any part's size at a modest ratio), XML external entities and DTDs in each kind
 * of part, macro-enabled workbooks by name and by content, an encrypted (OLE2) file, corrupt and
 * truncated zips, JSON or text named {@code .xlsx}, sheets with too many rows, columns or cells,
 * deeply nested XML and a shared string longer than a cell holds.
 *
 * <pre>{@code
 * for (HostileWorkbook w : HostileWorkbook.all()) {
 *     Path file = w.writeTo(dir);
 *     BcfParseException e = assertThrows(BcfParseException.class, () -> BcfWorkbooks.read(file));
 *     assertTrue(e.getMessage().contains(w.fragment()));
 * }
 * }</pre>
 *
 * @param file the file name, such as {@code zip-bomb-ratio.xlsx}
 * @param fragment text the refusal's one-line message must contain
 * @param bytes makes the file's bytes (some are megabytes, so they are made when asked for)
 */
public record HostileWorkbook(String file, String fragment, Supplier<byte[]> bytes) {
    /**
     * @throws NullPointerException if a component is null
     */
    public HostileWorkbook {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(bytes, "bytes");
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"%s\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>";
    private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"1. Cover\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";
    private static final String SHEET = SHEET_START
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SHEET_END;
    private static final String STRINGS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
            + "<si><t>Better Care Fund Template Q2 2018/19</t></si></sst>";
    private static final String XXE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
            + "<si><t>&xxe;</t></si></sst>";
    private static final String LAUGHS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<!DOCTYPE worksheet [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&d;</t></is></c></row>" + SHEET_END;

    /**
     * @return every hostile workbook, in a stable order
     */
    public static List<HostileWorkbook> all() {
        List<HostileWorkbook> all = new ArrayList<>();
        all.add(new HostileWorkbook("zip-bomb-ratio.xlsx", "a zip bomb: xl/worksheets/sheet1.xml inflates more than",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START + " ".repeat(8_000_000) + SHEET_END))));
        all.add(new HostileWorkbook("zip-bomb-entry-size.xlsx", "a zip bomb: xl/worksheets/sheet1.xml inflates past",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START + "</sheetData><extLst><ext>"
                        + modestlyCompressible(17 << 20) + "</ext></extLst></worksheet>"))));
        all.add(new HostileWorkbook("xxe-shared-strings.xlsx", "xl/sharedStrings.xml has a DTD",
                () -> workbook(Map.of("xl/sharedStrings.xml", XXE))));
        all.add(new HostileWorkbook("billion-laughs-sheet.xlsx", "xl/worksheets/sheet1.xml has a DTD",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", LAUGHS))));
        all.add(new HostileWorkbook("xxe-content-types.xlsx", "[Content_Types].xml has a DTD",
                () -> workbook(Map.of("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE Types ["
                        + "<!ENTITY xxe SYSTEM \"http://127.0.0.1:1/x\">]>" + String.format(CONTENT_TYPES, WORKBOOK_TYPE)
                                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length())))));
        all.add(new HostileWorkbook("xxe-relationships.xlsx", "_rels/.rels has a DTD",
                () -> workbook(Map.of("_rels/.rels", "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/r.dtd\">"
                        + ROOT_RELS.substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length())))));
        all.add(new HostileWorkbook("macro-by-name.xlsm", "a macro-enabled workbook (.xlsm) is refused",
                () -> workbook(Map.of())));
        all.add(new HostileWorkbook("macro-by-content.xlsx", "a macro-enabled workbook (content type",
                () -> workbook(Map.of("[Content_Types].xml", String.format(CONTENT_TYPES, MACRO_TYPE)))));
        all.add(new HostileWorkbook("macro-vba-project.xlsx", "a workbook with macros (a VBA project",
                () -> workbook(Map.of("xl/vbaProject.bin", "\u0001VBA"))));
        all.add(new HostileWorkbook("encrypted-ole2.xlsx", "an encrypted workbook or an old binary .xls file is refused",
                HostileWorkbook::ole2));
        all.add(new HostileWorkbook("truncated-zip.xlsx", "a corrupt zip",
                () -> Arrays.copyOf(workbook(Map.of()), 200)));
        all.add(new HostileWorkbook("zip-no-content-types.xlsx", "the zip has no [Content_Types].xml",
                () -> zip(Map.of("xl/workbook.xml", WORKBOOK))));
        all.add(new HostileWorkbook("json-named-xlsx.xlsx", "not an .xlsx workbook (it is not a zip file)",
                () -> "{\"period\": \"2018/19 Q2\"}\n".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileWorkbook("text-named-xlsx.xlsx", "not an .xlsx workbook (it is not a zip file)",
                () -> "Better Care Fund Template Q2 2018/19\tDorset\n".getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileWorkbook("empty.xlsx", "not an .xlsx workbook (it is not a zip file)", () -> new byte[0]));
        all.add(new HostileWorkbook("rows-5001.xlsx", "sheet \"1. Cover\" has 5001 rows; a return's sheet has at most 5000",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START + rows(5_001) + SHEET_END))));
        all.add(new HostileWorkbook("column-past-all.xlsx", "sheet \"1. Cover\" has a cell at ALM1, past column 1000",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START
                        + "<row r=\"1\"><c r=\"ALM1\"><v>1</v></c></row>" + SHEET_END))));
        all.add(new HostileWorkbook("cells-200001.xlsx", "the sheets have more than 200000 cells",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START + cells(4_000, 51) + SHEET_END))));
        all.add(new HostileWorkbook("nested-shared-strings.xlsx", "xl/sharedStrings.xml nests elements more than 64 deep",
                () -> workbook(Map.of("xl/sharedStrings.xml", "<sst>" + "<si>".repeat(100_000) + "</si>".repeat(100_000)
                        + "</sst>"))));
        all.add(new HostileWorkbook("huge-shared-string.xlsx", "xl/sharedStrings.xml has a string longer than 32767",
                () -> workbook(Map.of("xl/sharedStrings.xml", "<sst><si><t>" + "x".repeat(40_000) + "</t></si></sst>"))));
        all.add(new HostileWorkbook("not-xml-sheet.xlsx", "xl/worksheets/sheet1.xml is not well-formed XML",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", "<worksheet><sheetData></worksheet>"))));
        return List.copyOf(all);
    }

    /**
     * Writes the file into a directory.
     *
     * @param dir a directory
     * @return the file written
     * @throws UncheckedIOException if it cannot be written
     */
    public Path writeTo(Path dir) {
        try {
            return Files.write(dir.resolve(file), bytes.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal workbook, its parts replaced or added by the given ones. */
    private static byte[] workbook(Map<String, String> replaced) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", String.format(CONTENT_TYPES, WORKBOOK_TYPE));
        parts.put("_rels/.rels", ROOT_RELS);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        parts.put("xl/worksheets/sheet1.xml", SHEET);
        parts.put("xl/sharedStrings.xml", STRINGS);
        parts.putAll(replaced);
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header of an OLE2 compound file, as Excel writes an encrypted workbook. */
    private static byte[] ole2() {
        byte[] b = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    /** XML text of about the given length that deflates well below the zip-bomb ratio: a note's words, every eighth with random digits. */
    private static String modestlyCompressible(int length) {
        Random random = new Random(17);
        StringBuilder b = new StringBuilder(length + 64);
        for (int i = 0; b.length() < length; i++) {
            b.append(i % 8 == 0 ? random.nextInt(1000) : 1).append(" text of a note ");
        }
        return b.toString();
    }

    private static String rows(int n) {
        StringBuilder b = new StringBuilder();
        for (int r = 1; r <= n; r++) {
            b.append("<row r=\"").append(r).append("\"/>");
        }
        return b.toString();
    }

    private static String cells(int rows, int perRow) {
        Random random = new Random(51);
        StringBuilder b = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            b.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < perRow; c++) {
                b.append("<c><v>").append(random.nextInt()).append("</v></c>");
            }
            b.append("</row>");
        }
        return b.toString();
    }
}
