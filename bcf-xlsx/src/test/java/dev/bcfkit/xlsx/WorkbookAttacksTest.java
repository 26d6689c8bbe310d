package dev.bcfkit.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Crafted attacks on Dorset's 2018/19 Q2 sample return ({@code [004]}) as the writer lays it out
 * (so its parts are known: the writer's sheet order, shared strings and styles): each is
 * either read to the sample's own document, or refused with one {@link BcfParseException} whose
 * message starts with the file's name; no other exception gets out. The attacks within the limits
 * that must still read the sample's document are listed in {@link #READ_EQUAL}.
 */
class WorkbookAttacksTest {
    static final Path BASE = written("dorset-2018-19-q2.json");

    /** The sample written by the writer into a temporary file, once per test run. */
    private static Path written(String sample) {
        try {
            Path file = Files.createTempFile("bcf-attacks-", ".xlsx");
            file.toFile().deleteOnExit();
            BcfWorkbooks.write(SampleWorkbookFilesTest.json(sample), file);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    static Map<String, byte[]> parts() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(BASE.toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                m.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return m;
    }

    static byte[] zip(Map<String, byte[]> parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static String s(Map<String, byte[]> m, String k) {
        return new String(m.get(k), StandardCharsets.UTF_8);
    }

    static void put(Map<String, byte[]> m, String k, String v) {
        m.put(k, v.getBytes(StandardCharsets.UTF_8));
    }

    static String rep(String s, int n) {
        return s.repeat(n);
    }


    static final String SHEET5 = "xl/worksheets/sheet5.xml";
    static String inject(String xml, String before, String what) {
        int i = xml.indexOf(before);
        if (i < 0) throw new IllegalStateException(before);
        return xml.substring(0, i) + what + xml.substring(i);
    }

    static String rnd(java.util.Random r) { return Long.toString(r.nextLong(), 36); }
    void varied() throws Exception {
        java.util.Random r = new java.util.Random(1);
        probe("v-sst-300k", m -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 300_000; i++) b.append("<si><t>").append(rnd(r)).append("</t></si>");
            put(m, "xl/sharedStrings.xml", inject(s(m, "xl/sharedStrings.xml"), "</sst>", b.toString()));
        });
        probe("v-sst-runs", m -> {
            StringBuilder b = new StringBuilder("<si>");
            for (int i = 0; i < 20; i++) { b.append("<r><t>"); for (int j = 0; j < 2000; j++) b.append(rnd(r)); b.append("</t></r>"); }
            put(m, "xl/sharedStrings.xml", inject(s(m, "xl/sharedStrings.xml"), "</sst>", b + "</si>"));
        });
        probe("v-inline-huge", m -> {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 20000; j++) b.append(rnd(r));
            put(m, "xl/worksheets/sheet7.xml", s(m, "xl/worksheets/sheet7.xml").replace("<c r=\"B10\" t=\"s\" s=\"0\"><v>42</v></c>", "<c r=\"B10\" t=\"inlineStr\"><is><t>" + b + "</t></is></c>"));
        });
        probe("v-xf-60k", m -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60_000; i++) b.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" x=\"" + rnd(r) + "\"/>");
            put(m, "xl/styles.xml", inject(s(m, "xl/styles.xml"), "</cellXfs>", b.toString()));
        });
        probe("v-fonts-60k", m -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60_000; i++) b.append("<font><sz val=\"11.0\"/><name val=\"" + rnd(r) + "\"/></font>");
            put(m, "xl/styles.xml", inject(s(m, "xl/styles.xml"), "</fonts>", b.toString()));
        });
        for (int n : new int[] {10_000, 20_000, 40_000}) {
            probe("v-numfmt-" + n, m -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append("<numFmt numFmtId=\"" + (200 + i) + "\" formatCode=\"0.0" + i + "\"/>");
                put(m, "xl/styles.xml", inject(s(m, "xl/styles.xml"), "</numFmts>", b.toString()));
            });
        }
        for (int n : new int[] {20_000, 40_000}) {
            probe("v-condfmt-" + n, m -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append("<conditionalFormatting sqref=\"Z" + (i + 1) + "\"><cfRule type=\"cellIs\" priority=\"" + (i + 1) + "\" operator=\"equal\"><formula>1</formula></cfRule></conditionalFormatting>");
                put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b.toString()));
            });
        }
        probe("v-merged-overlap-50k", m -> {
            StringBuilder b = new StringBuilder("<mergeCells>");
            for (int i = 0; i < 50000; i++) b.append("<mergeCell ref=\"A1:C" + (5 + r.nextInt(900)) + "\"/>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b + "</mergeCells>"));
        });
    }
    static final String S7 = "xl/worksheets/sheet7.xml";

    /** The sheet with its shared-string cell at the address made to refer to another index; fails if there is no such cell. */
    static String sharedString(String sheet, String cell, String index) {
        String changed = sheet.replaceFirst("(<c r=\"" + cell + "\" t=\"s\"[^>]*><v>)\\d+(</v>)", "$1" + index + "$2");
        if (changed.equals(sheet)) {
            throw new IllegalStateException("no shared-string cell " + cell);
        }
        return changed;
    }
    void structure() throws Exception {
        // The iBCF sheet's allocation label (a shared string, whichever its index) made to point past the strings, or before them.
        probe("sst-index-out", m -> put(m, S7, sharedString(s(m, S7), "A4", "999999")));
        probe("sst-index-neg", m -> put(m, S7, sharedString(s(m, S7), "A4", "-1")));
        probe("bool-2", m -> put(m, S7, s(m, S7).replace("<c r=\"B4\" t=\"n\" s=\"1\"><v>5478595.0</v>", "<c r=\"B4\" t=\"b\"><v>7</v>")));
        probe("t-d-garbage", m -> put(m, S7, s(m, S7).replace("<c r=\"B4\" t=\"n\" s=\"1\"><v>5478595.0</v>", "<c r=\"B4\" t=\"d\"><v>yesterday</v>")));
        probe("t-e", m -> put(m, S7, s(m, S7).replace("<c r=\"B4\" t=\"n\" s=\"1\"><v>5478595.0</v>", "<c r=\"B4\" t=\"e\"><v>#BOGUS!</v>")));
        probe("t-unknown", m -> put(m, S7, s(m, S7).replace("<c r=\"B4\" t=\"n\"", "<c r=\"B4\" t=\"zz\"")));
        probe("sheet-not-xml-name", m -> {
            m.put("xl/worksheets/sheet7.dat", m.remove(S7));
            put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("worksheets/sheet7.xml", "worksheets/sheet7.dat"));
            put(m, "[Content_Types].xml", s(m, "[Content_Types].xml").replace("/xl/worksheets/sheet7.xml", "/xl/worksheets/sheet7.dat"));
            put(m, "xl/worksheets/sheet7.dat", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + s(m, "xl/worksheets/sheet7.dat").substring(38));
        });
        probe("sheet-elsewhere-rows", m -> {
            m.put("xl/other/s7.xml", m.remove(S7));
            put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("worksheets/sheet7.xml", "other/s7.xml"));
            put(m, "[Content_Types].xml", s(m, "[Content_Types].xml").replace("/xl/worksheets/sheet7.xml", "/xl/other/s7.xml"));
            put(m, "xl/other/s7.xml", inject(s(m, "xl/other/s7.xml"), "</sheetData>", "<row r=\"9000\"/>"));
        });
        probe("rel-outside", m -> put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("worksheets/sheet7.xml", "../../../../etc/passwd")));
        probe("rel-absolute", m -> put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("worksheets/sheet7.xml", "/etc/passwd")));
        probe("rel-file-url", m -> put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("Target=\"worksheets/sheet7.xml\"", "TargetMode=\"External\" Target=\"file:///etc/passwd\"")));
        probe("rel-http", m -> put(m, "xl/_rels/workbook.xml.rels", s(m, "xl/_rels/workbook.xml.rels").replace("Target=\"worksheets/sheet7.xml\"", "TargetMode=\"External\" Target=\"http://127.0.0.1:9/x.xml\"")));
        probe("external-link", m -> {
            put(m, "xl/_rels/workbook.xml.rels", inject(s(m, "xl/_rels/workbook.xml.rels"), "</Relationships>", "<Relationship Id=\"rE1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/>"));
            put(m, "[Content_Types].xml", inject(s(m, "[Content_Types].xml"), "</Types>", "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/>"));
            put(m, "xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"/></externalLink>");
            put(m, "xl/externalLinks/_rels/externalLink1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"http://127.0.0.1:9/book.xlsx\" TargetMode=\"External\"/></Relationships>");
            put(m, "xl/workbook.xml", inject(s(m, "xl/workbook.xml"), "</workbook>", "<externalReferences><externalReference r:id=\"rE1\"/></externalReferences>"));
        });
        probe("vba-other-name", m -> {
            m.put("xl/macros.dat", "VBA".getBytes());
            put(m, "[Content_Types].xml", inject(s(m, "[Content_Types].xml"), "</Types>", "<Default Extension=\"dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"));
        });
        probe("vba-by-rel", m -> {
            m.put("xl/macros.dat", "VBA".getBytes());
            put(m, "xl/_rels/workbook.xml.rels", inject(s(m, "xl/_rels/workbook.xml.rels"), "</Relationships>", "<Relationship Id=\"rV\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"macros.dat\"/>"));
        });
        probe("macrosheet", m -> put(m, "[Content_Types].xml", s(m, "[Content_Types].xml").replace("/xl/worksheets/sheet8.xml\"", "/xl/worksheets/sheet8.xml\"").replaceFirst("(PartName=\"/xl/worksheets/sheet8.xml\")", "$1").replace("spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/sheet8.xml", "x\" PartName=\"/xl/worksheets/sheet8.xml").replace("ContentType=\"application/vnd.openxmlformats-officedocument.x\"", "ContentType=\"application/vnd.ms-excel.macrosheet+xml\"")));
        probe("content-types-lying", m -> put(m, "[Content_Types].xml", s(m, "[Content_Types].xml").replace("sheet.main+xml", "presentation.main+xml")));
        probe("utf16", m -> m.put(S7, ("\uFEFF" + s(m, S7).replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE)));
        probe("utf32", m -> m.put(S7, ("\uFEFF" + s(m, S7).replace("UTF-8", "UTF-32")).getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
        probe("bad-utf8", m -> { byte[] b = m.get(S7); byte[] c = java.util.Arrays.copyOf(b, b.length); int i = s(m, S7).indexOf("<v>0</v>") + 3; c[i] = (byte) 0xC3; m.put(S7, c); });
        probe("nul-char", m -> put(m, "xl/sharedStrings.xml", s(m, "xl/sharedStrings.xml").replaceFirst("<t>", "<t>&#0;")));
        probe("xml11-controls", m -> put(m, "xl/workbook.xml", s(m, "xl/workbook.xml").replace("version=\"1.0\"", "version=\"1.1\"").replace("name=\"6. Additional iBCF\"", "name=\"6. Additional&#10;bcf: fake&#1;\"")));
        probe("sheetname-newline", m -> put(m, "xl/workbook.xml", s(m, "xl/workbook.xml").replace("name=\"6. Additional iBCF\"", "name=\"6. Additional&#10;bcf: fake line\"")));
        probe("xinclude", m -> put(m, "xl/sharedStrings.xml", s(m, "xl/sharedStrings.xml").replaceFirst("<si>", "<si><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>")));
        probe("pi", m -> put(m, S7, inject(s(m, S7), "<sheetData>", "<?evil do=\"it\"?>")));
        probe("doctype-docprops", m -> put(m, "docProps/core.xml", "<!DOCTYPE x [<!ENTITY e \"a\">]>" + s(m, "docProps/core.xml").substring(38)));
        probe("ods", m -> { m.clear(); m.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes()); put(m, "content.xml", "<office:document-content/>"); });
    }
    void sst() throws Exception {
        probe("sst-300k", m -> {
            String x = s(m, "xl/sharedStrings.xml");
            put(m, "xl/sharedStrings.xml", inject(x, "</sst>", rep("<si><t>x</t></si>", 300_000)));
        });
        probe("sst-runs", m -> {
            String x = s(m, "xl/sharedStrings.xml");
            put(m, "xl/sharedStrings.xml", inject(x, "</sst>", "<si>" + rep("<r><t>" + "y".repeat(30000) + "</t></r>", 40) + "</si>"));
        });
    }
    void styles() throws Exception {
        probe("styles-60k-xf", m -> {
            String x = s(m, "xl/styles.xml");
            put(m, "xl/styles.xml", inject(x, "</cellXfs>", rep("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>", 60_000)));
        });
        probe("styles-60k-fonts", m -> {
            String x = s(m, "xl/styles.xml");
            put(m, "xl/styles.xml", inject(x, "</fonts>", rep("<font><sz val=\"11.0\"/><name val=\"Calibri\"/></font>", 60_000)));
        });
        probe("styles-60k-numfmt", m -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60000; i++) b.append("<numFmt numFmtId=\"" + (200 + i) + "\" formatCode=\"0.0" + i + "\"/>");
            String x = s(m, "xl/styles.xml");
            put(m, "xl/styles.xml", inject(x, "</numFmts>", b.toString()));
        });
        probe("styles-bad-index", m -> {
            String x = s(m, SHEET5);
            put(m, SHEET5, x.replace("s=\"0\"", "s=\"99999\""));
        });
    }
    void sheetCost() throws Exception {
        probe("merged-50k", m -> {
            StringBuilder b = new StringBuilder("<mergeCells count=\"50000\">");
            for (int i = 0; i < 50000; i++) b.append("<mergeCell ref=\"Z" + (i + 1) + ":AA" + (i + 1) + "\"/>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b + "</mergeCells>"));
        });
        probe("merged-overlap-50k", m -> {
            StringBuilder b = new StringBuilder("<mergeCells count=\"50000\">");
            for (int i = 0; i < 50000; i++) b.append("<mergeCell ref=\"A1:C5\"/>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b + "</mergeCells>"));
        });
        probe("validations-50k", m -> {
            StringBuilder b = new StringBuilder("<dataValidations count=\"50000\">");
            for (int i = 0; i < 50000; i++) b.append("<dataValidation type=\"list\" sqref=\"Z" + (i + 1) + "\"><formula1>\"Yes,No\"</formula1></dataValidation>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b + "</dataValidations>"));
        });
        probe("condfmt-50k", m -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 50000; i++) b.append("<conditionalFormatting sqref=\"Z" + (i + 1) + "\"><cfRule type=\"cellIs\" priority=\"" + (i + 1) + "\" operator=\"equal\"><formula>1</formula></cfRule></conditionalFormatting>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b.toString()));
        });
        probe("hyperlinks-50k", m -> {
            StringBuilder b = new StringBuilder("<hyperlinks>");
            for (int i = 0; i < 50000; i++) b.append("<hyperlink ref=\"Z" + (i + 1) + "\" location=\"'1. Cover'!A1\"/>");
            put(m, SHEET5, inject(s(m, SHEET5), "<pageMargins", b + "</hyperlinks>"));
        });
        probe("hyperlink-missing-rel", m -> {
            put(m, SHEET5, inject(s(m, SHEET5).replace("<worksheet ", "<worksheet xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "), "<pageMargins", "<hyperlinks><hyperlink ref=\"Z1\" r:id=\"rId77\"/></hyperlinks>"));
        });
        probe("dimension-lies", m -> put(m, SHEET5, s(m, SHEET5).replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>")));
        probe("dimension-garbage", m -> put(m, SHEET5, s(m, SHEET5).replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"ZZZZZZ0:-1\"/>")));
        probe("rows-reversed", m -> {
            String x = s(m, SHEET5);
            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("<row [^>]*>.*?</row>|<row [^>]*/>").matcher(x);
            java.util.List<String> rows = new java.util.ArrayList<>();
            int start = -1, end = -1;
            while (mt.find()) { if (start < 0) start = mt.start(); end = mt.end(); rows.add(mt.group()); }
            java.util.Collections.reverse(rows);
            put(m, SHEET5, x.substring(0, start) + String.join("", rows) + x.substring(end));
        });
        probe("row-repeated", m -> {
            String x = s(m, "xl/worksheets/sheet7.xml");
            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("<row r=\"4\"[^>]*>.*?</row>").matcher(x);
            mt.find();
            String row = mt.group();
            put(m, "xl/worksheets/sheet7.xml", x.replace(row, row + row.replaceAll("<v>5478595.0</v>", "<v>1</v>")));
        });
        probe("cell-repeated", m -> {
            String x = s(m, "xl/worksheets/sheet7.xml");

            java.util.regex.Matcher mt = java.util.regex.Pattern.compile("<c r=\"B4\"[^>]*>.*?</c>").matcher(x);
            mt.find();
            String c = mt.group();
            put(m, "xl/worksheets/sheet7.xml", x.replace(c, c + c.replaceAll("<v>[^<]*</v>", "<v>1</v>")));
        });
        probe("cell-wrong-row", m -> {
            String x = s(m, "xl/worksheets/sheet7.xml");
            put(m, "xl/worksheets/sheet7.xml", x.replace("<c r=\"B4\"", "<c r=\"B40\""));
        });
        probe("cell-beyond-xfd", m -> {
            String x = s(m, "xl/worksheets/sheet7.xml");
            put(m, "xl/worksheets/sheet7.xml", x.replace("<c r=\"B4\"", "<c r=\"B99999999999\""));
        });
        probe("cell-ref-digits-first", m -> {
            String x = s(m, "xl/worksheets/sheet7.xml");
            put(m, "xl/worksheets/sheet7.xml", x.replace("<c r=\"B4\"", "<c r=\"4B\""));
        });
        probe("row-zero", m -> put(m, "xl/worksheets/sheet7.xml", s(m, "xl/worksheets/sheet7.xml").replaceFirst("<row r=\"1\"", "<row r=\"0\"")));
        probe("row-negative", m -> put(m, "xl/worksheets/sheet7.xml", s(m, "xl/worksheets/sheet7.xml").replaceFirst("<row r=\"1\"", "<row r=\"-3\"")));
        probe("long-attribute", m -> put(m, "xl/worksheets/sheet7.xml", s(m, "xl/worksheets/sheet7.xml").replaceFirst("<row r=\"1\"", "<row spans=\"" + "1".repeat(10_000_000) + "\" r=\"1\"")));
    }
    String cellB4(Map<String, byte[]> m, String value) {
        return "";
    }
    void numbers() throws Exception {
        for (String v : new String[] {"1e308", "1e309", "NaN", "Infinity", "-Infinity", "1e999999999", "1E-400", "0x10", " 5 ", "", "1e15"}) {
            probe("number-" + v.replace(" ", "_"), m -> {
                String x = s(m, "xl/worksheets/sheet7.xml");
                put(m, "xl/worksheets/sheet7.xml", x.replaceFirst("(<c r=\"B4\"[^>]*>)<v>[^<]*</v>", "$1<v>" + v + "</v>").replaceFirst("<c r=\"B4\" t=\"s\"", "<c r=\"B4\""));
            });
        }
    }
    void sheets() throws Exception {
        probe("sheets-1000", m -> {
            StringBuilder books = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            StringBuilder types = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                books.append("<sheet name=\"extra " + i + "\" r:id=\"rX" + i + "\" sheetId=\"" + (100 + i) + "\"/>");
                rels.append("<Relationship Id=\"rX" + i + "\" Target=\"worksheets/x" + i + ".xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>");
                types.append("<Override PartName=\"/xl/worksheets/x" + i + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                put(m, "xl/worksheets/x" + i + ".xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Cover</t></is></c></row></sheetData></worksheet>");
            }
            put(m, "xl/workbook.xml", inject(s(m, "xl/workbook.xml"), "</sheets>", books.toString()));
            put(m, "xl/_rels/workbook.xml.rels", inject(s(m, "xl/_rels/workbook.xml.rels"), "</Relationships>", rels.toString()));
            put(m, "[Content_Types].xml", inject(s(m, "[Content_Types].xml"), "</Types>", types.toString()));
        });
    }
    static final java.util.Set<String> READ_EQUAL = java.util.Set.of("base", "v-xf-60k", "v-fonts-60k",
            "v-numfmt-10000", "v-numfmt-20000", "v-numfmt-40000", "v-condfmt-20000", "v-condfmt-40000", "validations-50k", "condfmt-50k", "v-merged-overlap-50k",
            "merged-50k", "hyperlinks-50k", "dimension-lies", "dimension-garbage", "rows-reversed", "external-link",
            "content-types-lying", "utf16", "xml11-controls", "sheetname-newline", "xinclude", "pi");
    BcfDocument baseDoc;

    void probe(String name, Consumer<Map<String, byte[]>> attack) throws Exception {
        Map<String, byte[]> m = parts();
        attack.accept(m);
        probeBytes(name, zip(m));
    }

    void probeBytes(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name + ".xlsx");
        Files.write(f, bytes);
        String out;
        try {
            BcfDocument d = BcfWorkbooks.read(f);
            out = "READ " + (d.equals(baseDoc) ? "equal" : "DIFFERENT");
        } catch (BcfParseException e) {
            out = "REFUSED " + e.getMessage().replace("\n", "\\n");
        } catch (Throwable e) {
            out = "ESCAPED " + e;
            throw new AssertionError(name + ": only BcfParseException may come out: " + out, e);
        }
        assertEquals(READ_EQUAL.contains(name), out.equals("READ equal"),
                name + ": read to the sample's document exactly when listed in READ_EQUAL: " + out);
        if (out.startsWith("REFUSED")) {
            assertTrue(out.startsWith("REFUSED " + name + ".xlsx: ") && !out.contains("\\n"),
                    name + ": a refusal is one line starting with the file's name: " + out);
        }
    }

    @Test
    void eachAttackIsReadToTheSamplesDocumentOrRefusedInOneLine() throws Exception {
        baseDoc = BcfWorkbooks.read(BASE);
        probe("base", m -> { });
        varied();
        sheetCost();
        numbers();
        structure();
        sheets();
    }
}
