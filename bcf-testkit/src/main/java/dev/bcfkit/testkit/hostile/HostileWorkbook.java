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
 * deeply nested XML and a shared string longer than a cell holds; and what an outsider crafts
 * within those limits: 20,001 shared strings (a cost amplifier), a string split into runs or typed
 * inline in a sheet past 32,767 characters, a row or a cell given twice, a cell in the wrong row
 * or past XFD1048576, rows numbered 0, numbers Excel cannot hold ({@code NaN}, {@code Infinity},
 * {@code 1e309}, {@code 1E-400}), a shared string that does not exist, a cell type no program
 * writes, two zip entries of one name, entry names with {@code ..}, a sheet relationship to a
 * path outside the package, to a file or a web address, macros under another name (by content
 * type, by relationship, an Excel 4 macro sheet), a DTD in a part not named {@code .xml} and in
 * the document properties, a worksheet whose part is elsewhere than {@code xl/worksheets}, a part
 * in UTF-32 or invalid UTF-8, a NUL character, more than 1,000 zip entries, and an ODF
 * spreadsheet renamed.
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

    private static final String WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "worksheet";

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
        all.addAll(crafted());
        return List.copyOf(all);
    }

    /** The attacks within the older limits: each was read, or failed with another exception, before the scan refused it. */
    private static List<HostileWorkbook> crafted() {
        List<HostileWorkbook> all = new ArrayList<>();
        all.add(new HostileWorkbook("shared-strings-20001.xlsx", "xl/sharedStrings.xml has more than 20000 shared strings",
                () -> workbook(Map.of("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\">" + randomStrings(20_001) + "</sst>"))));
        all.add(new HostileWorkbook("shared-string-in-runs.xlsx", "xl/sharedStrings.xml has a string longer than 32767",
                () -> workbook(Map.of("xl/sharedStrings.xml", "<sst><si>" + ("<r><t>" + randomText(20_000) + "</t></r>")
                        .repeat(2) + "</si></sst>"))));
        all.add(new HostileWorkbook("inline-string-32768.xlsx", "xl/worksheets/sheet1.xml has a string longer than 32767",
                () -> sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + randomText(32_768)
                        + "</t></is></c></row>")));
        all.add(new HostileWorkbook("row-twice.xlsx", "sheet \"1. Cover\" has row 1 twice",
                () -> sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")));
        all.add(new HostileWorkbook("cell-twice.xlsx", "sheet \"1. Cover\" has the cell A1 twice",
                () -> sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")));
        all.add(new HostileWorkbook("cell-in-another-row.xlsx", "sheet \"1. Cover\" has the cell B40 in row 4",
                () -> sheet("<row r=\"4\"><c r=\"B40\"><v>1</v></c></row>")));
        all.add(new HostileWorkbook("cell-past-xfd1048576.xlsx", "has a cell at \"A99999999999\", not a cell reference",
                () -> sheet("<row r=\"1\"><c r=\"A99999999999\"><v>1</v></c></row>")));
        all.add(new HostileWorkbook("row-zero.xlsx", "sheet \"1. Cover\" has a row numbered 0; rows are numbered from 1",
                () -> sheet("<row r=\"0\"><c r=\"A0\"><v>1</v></c></row>")));
        all.add(new HostileWorkbook("number-nan.xlsx", "sheet \"1. Cover\" cell A1 holds \"NaN\" as a number",
                () -> sheet("<row r=\"1\"><c r=\"A1\"><v>NaN</v></c></row>")));
        all.add(new HostileWorkbook("number-infinity.xlsx", "cell A1 holds \"Infinity\" as a number",
                () -> sheet("<row r=\"1\"><c r=\"A1\" t=\"n\"><v>Infinity</v></c></row>")));
        all.add(new HostileWorkbook("number-1e309.xlsx", "cell A1 holds the number 1e309, past what Excel holds",
                () -> sheet("<row r=\"1\"><c r=\"A1\"><v>1e309</v></c></row>")));
        all.add(new HostileWorkbook("number-1e-400.xlsx", "cell A1 holds the number 1E-400, too small for Excel to hold",
                () -> sheet("<row r=\"1\"><c r=\"A1\"><v>1E-400</v></c></row>")));
        all.add(new HostileWorkbook("shared-string-missing.xlsx", "cell A1 refers to shared string \"7\"; the workbook has 1",
                () -> sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")));
        all.add(new HostileWorkbook("cell-type-unknown.xlsx", "cell A1 has the type \"d\"; Excel writes n, s, b, e, str or",
                () -> sheet("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>yesterday</v></c></row>")));
        all.add(new HostileWorkbook("logical-value-7.xlsx", "cell A1 holds the logical value \"7\"; Excel writes 0 or 1",
                () -> sheet("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>7</v></c></row>")));
        all.add(new HostileWorkbook("duplicate-entry.xlsx", "the zip has two entries named \"xl/worksheets/sheet1.xml\"",
                () -> duplicated(workbook(Map.of("xl/worksheets/sheetX.xml", LAUGHS)), "sheetX", "sheet1")));
        all.add(new HostileWorkbook("entry-name-dot-dot.xlsx", "an entry named \"../../evil.xml\", outside the workbook's",
                () -> workbook(Map.of("../../evil.xml", "<x/>"))));
        all.add(new HostileWorkbook("entry-name-backslash.xlsx", "an entry named \"xl\\evil.xml\", outside",
                () -> workbook(Map.of("xl\\evil.xml", "<x/>"))));
        all.add(new HostileWorkbook("sheet-outside-package.xlsx", "points to \"../../../../etc/passwd\", which is not a part",
                () -> workbook(Map.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("worksheets/sheet1.xml",
                        "../../../../etc/passwd")))));
        all.add(new HostileWorkbook("sheet-absolute-path.xlsx", "points to \"/etc/passwd\", which is not a part of the file",
                () -> workbook(Map.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("worksheets/sheet1.xml",
                        "/etc/passwd")))));
        all.add(new HostileWorkbook("sheet-file-url.xlsx", "points the workbook's worksheet outside the file, to \"file:///etc",
                () -> workbook(Map.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("Target=\"worksheets/sheet1.xml\"",
                        "TargetMode=\"External\" Target=\"file:///etc/passwd\"")))));
        all.add(new HostileWorkbook("sheet-web-address.xlsx", "points the workbook's worksheet outside the file, to \"http:",
                () -> workbook(Map.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("Target=\"worksheets/sheet1.xml\"",
                        "TargetMode=\"External\" Target=\"http://127.0.0.1:9/sheet1.xml\"")))));
        all.add(new HostileWorkbook("macro-other-name.xlsx", "a macro-enabled workbook (content type application/vnd.ms-office"
                + ".vbaProject", () -> workbook(Map.of("xl/data.dat", "\u0001VBA", "[Content_Types].xml",
                        String.format(CONTENT_TYPES, WORKBOOK_TYPE).replace("</Types>", "<Default Extension=\"dat\""
                                + " ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")))));
        all.add(new HostileWorkbook("macro-by-relationship.xlsx", "a workbook with macros (a VBA project, data.dat)",
                () -> workbook(Map.of("xl/data.dat", "\u0001VBA", "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace(
                        "</Relationships>", "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/"
                                + "relationships/vbaProject\" Target=\"data.dat\"/></Relationships>")))));
        all.add(new HostileWorkbook("macro-sheet-excel4.xlsx", "content type application/vnd.ms-excel.macrosheet+xml",
                () -> workbook(Map.of("[Content_Types].xml", String.format(CONTENT_TYPES, WORKBOOK_TYPE).replace(
                        "spreadsheetml.worksheet+xml", "x").replace("application/vnd.openxmlformats-officedocument.x",
                                "application/vnd.ms-excel.macrosheet+xml")))));
        all.add(new HostileWorkbook("dtd-in-part-not-named-xml.xlsx", "xl/worksheets/sheet1.bin has a DTD",
                () -> workbook(Map.of("xl/worksheets/sheet1.bin", LAUGHS, "xl/_rels/workbook.xml.rels",
                        WORKBOOK_RELS.replace("sheet1.xml", "sheet1.bin")))));
        all.add(new HostileWorkbook("dtd-in-document-properties.xlsx", "docProps/core.xml has a DTD",
                () -> workbook(Map.of("docProps/core.xml", "<!DOCTYPE x [<!ENTITY e \"a\">]><coreProperties/>"))));
        all.add(new HostileWorkbook("worksheet-elsewhere.xlsx", "sheet \"1. Cover\" has 5001 rows",
                () -> workbook(Map.of("xl/worksheets/sheet1.xml", SHEET, "xl/other/s.xml", SHEET_START + rows(5_001)
                        + SHEET_END, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS.replace("worksheets/sheet1.xml",
                                "other/s.xml")))));
        all.add(new HostileWorkbook("utf-32-part.xlsx", "xl/worksheets/sheet1.xml is not well-formed XML",
                () -> workbookBytes("xl/worksheets/sheet1.xml", ("\uFEFF" + SHEET.replace("UTF-8", "UTF-32"))
                        .getBytes(java.nio.charset.Charset.forName("UTF-32BE")))));
        all.add(new HostileWorkbook("invalid-utf-8.xlsx", "xl/sharedStrings.xml is not well-formed XML",
                () -> workbookBytes("xl/sharedStrings.xml", STRINGS
                        .getBytes(StandardCharsets.UTF_8), (byte) 0xC3)));
        all.add(new HostileWorkbook("nul-character.xlsx", "xl/sharedStrings.xml is not well-formed XML",
                () -> workbook(Map.of("xl/sharedStrings.xml", STRINGS.replace("Better", "&#0;Better")))));
        all.add(new HostileWorkbook("entries-1001.xlsx", "the zip has 1007 entries; a workbook of at most 1000 is read",
                () -> workbook(manyParts(1_001))));
        all.add(new HostileWorkbook("ods-renamed.xlsx", "not an .xlsx workbook: the zip has no [Content_Types].xml",
                () -> zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"))));
        all.add(new HostileWorkbook("html-renamed.xlsx", "not an .xlsx workbook (it is not a zip file)",
                () -> "<html><body><table><tr><td>Better Care Fund</td></tr></table></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        all.add(new HostileWorkbook("csv-renamed.xlsx", "not an .xlsx workbook (it is not a zip file)",
                () -> "Health and Wellbeing Board,Dorset\nallocation,\"5,478,595\"\n".getBytes(StandardCharsets.UTF_8)));
        return all;
    }

    /** The minimal workbook with its one sheet's rows replaced. */
    private static byte[] sheet(String rows) {
        return workbook(Map.of("xl/worksheets/sheet1.xml", SHEET_START + rows + SHEET_END));
    }

    /** The minimal workbook with one part's bytes replaced; a given byte overwrites the part's 100th. */
    private static byte[] workbookBytes(String part, byte[] bytes, byte... at100) {
        if (at100.length > 0) {
            bytes[100] = at100[0];
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        workbookParts(Map.of()).forEach((k, v) -> parts.put(k, v.getBytes(StandardCharsets.UTF_8)));
        parts.put(part, bytes);
        return zipBytes(parts);
    }

    /** A zip whose entry names {@code from} are renamed {@code to} (same length) in its headers, so two entries share a name. */
    private static byte[] duplicated(byte[] zip, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + f.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, zip, i, t.length);
            }
        }
        return zip;
    }

    private static Map<String, String> manyParts(int n) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            parts.put("xl/media/note" + i + ".txt", "n");
        }
        return parts;
    }

    private static String randomText(int length) {
        Random random = new Random(length);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String randomStrings(int n) {
        Random random = new Random(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
        }
        return b.toString();
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
        return zip(workbookParts(replaced));
    }

    private static Map<String, String> workbookParts(Map<String, String> replaced) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", String.format(CONTENT_TYPES, WORKBOOK_TYPE));
        parts.put("_rels/.rels", ROOT_RELS);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        parts.put("xl/worksheets/sheet1.xml", SHEET);
        parts.put("xl/sharedStrings.xml", STRINGS);
        parts.putAll(replaced);
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    private static byte[] zipBytes(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
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
