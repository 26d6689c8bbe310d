package dev.bcfkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.xlsx.BcfWorkbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bcf check, convert, summary and report on Excel workbooks: a finding names its cell beside its
 * path (golden: Nottinghamshire's 2017/18 Q2 sign-off "TBC", {@code [000:190]}), a formula is a
 * finding at its cell, convert goes either way without losing anything and never overwrites its
 * input, summary reads workbooks and JSON alike.
 */
class WorkbookCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path workbookOf(String sample) {
        Path xlsx = temp.resolve(sample.replace(".json", ".xlsx"));
        Run run = Run.of("convert", Samples.path(sample), "--to", "xlsx", "--output", xlsx.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out() + run.err());
        return xlsx;
    }

    @Test
    void checkOfAWorkbookNamesTheCellOfEachFindingBesideItsPath() {
        Path xlsx = workbookOf(Samples.NOTTS_Q2);
        Run run = Run.of("check", xlsx.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("    COVER-SIGN-OFF-TBC at /cover/signedOffBy (1. Cover!B8): "), run.out());
    }

    @Test
    void checkFormatJsonGivesTheCellOfAWorkbookFindingAndNullForJson() throws IOException {
        Path xlsx = workbookOf(Samples.NOTTS_Q2);
        Run run = Run.of("check", "--format", "json", xlsx.toString(), Samples.path(Samples.NOTTS_Q2));
        assertEquals(0, run.status(), run.err());
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals("1. Cover!B8", tbc(files.get(0)).get("cell").textValue());
        assertTrue(tbc(files.get(1)).get("cell").isNull());
        assertEquals(files.get(1).get("findings").size(), files.get(0).get("findings").size(),
                "the workbook and its JSON have the same findings");
    }

    private static JsonNode tbc(JsonNode file) {
        for (JsonNode f : file.get("findings")) {
            if (f.get("rule").textValue().equals("COVER-SIGN-OFF-TBC")) {
                return f;
            }
        }
        throw new AssertionError("no COVER-SIGN-OFF-TBC in " + file);
    }

    @Test
    void aFormulaWhereTheTemplateWantsATypedValueIsAWarningAtItsCell() throws IOException {
        Path xlsx = edited(workbookOf(Samples.DORSET_Q2), wb -> cellRightOf(wb, "6. Additional iBCF",
                "Additional improved").setCellFormula("5000000+478595"));
        Run run = Run.of("check", xlsx.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("    READ-WORKBOOK-FORMULA at /additionalIbcf/allocation"
                + " (6. Additional iBCF!B4): 6. Additional iBCF!B4: a formula (=5000000+478595) where the template"
                + " wants a typed value;"), run.out());
    }

    @Test
    void aWrongValueInAWorkbookIsOneLineNamingTheFileThePointerTheCellAndTheValue() throws IOException {
        Path xlsx = edited(workbookOf(Samples.DORSET_Q2), wb -> cellRightOf(wb, "6. Additional iBCF",
                "Additional improved").setCellValue("five million"));
        Run run = Run.of("check", xlsx.toString());
        assertEquals(2, run.status());
        assertEquals("bcf: " + xlsx + ": at /additionalIbcf/allocation: 6. Additional iBCF!B4: expected an amount"
                + " in pounds such as £1,234, found \"five million\"\n", run.err());
    }

    @Test
    void convertGoesToAWorkbookAndBackWithoutChangingTheDocument() throws IOException {
        Path xlsx = workbookOf(Samples.DORSET_Q2);
        Path back = temp.resolve("back.json");
        Run run = Run.of("convert", xlsx.toString(), "--to", "json", "--output", back.toString());
        assertEquals(0, run.status(), run.err());
        BcfDocument original = (BcfDocument) Samples.read(Samples.DORSET_Q2);
        assertEquals(BcfJson.strict().writeString(original), Files.readString(back, StandardCharsets.UTF_8));
        Run toStdout = Run.of("convert", xlsx.toString(), "--to", "json", "--output", "-");
        assertEquals(BcfJson.strict().writeString(original), toStdout.out());
    }

    @Test
    void convertRefusesToOverwriteItsInputAndLeavesItAsItWas() throws IOException {
        Path xlsx = workbookOf(Samples.DORSET_Q2);
        byte[] before = Files.readAllBytes(xlsx);
        Run run = Run.of("convert", xlsx.toString(), "--to", "xlsx", "--output", temp.resolve(".").resolve(
                xlsx.getFileName()).toString());
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().contains("is the input file"), run.err());
        assertArrayEquals(before, Files.readAllBytes(xlsx));
    }

    @Test
    void convertSaysWhatItCannotDoInOneLine() {
        Run plan = Run.of("convert", Samples.path(Samples.NOTTS_PLAN), "--to", "xlsx", "--output",
                temp.resolve("plan.xlsx").toString());
        assertEquals(2, plan.status());
        assertTrue(plan.errIsOneLine(), plan.err());
        assertTrue(plan.err().startsWith("bcf: " + Samples.path(Samples.NOTTS_PLAN) + ": "), plan.err());
        assertTrue(plan.err().contains("only quarterly returns can be written as workbooks"), plan.err());
        assertTrue(Files.notExists(temp.resolve("plan.xlsx")));

        Run to = Run.of("convert", Samples.path(Samples.DORSET_Q2), "--to", "csv", "--output", "x");
        assertEquals(2, to.status());
        assertEquals("bcf: convert: --to: expected json or xlsx, found \"csv\"\n", to.err());

        Run stdout = Run.of("convert", Samples.path(Samples.DORSET_Q2), "--to", "xlsx", "--output", "-");
        assertEquals(2, stdout.status());
        assertTrue(stdout.errIsOneLine(), stdout.err());
    }

    @Test
    void summaryOfAFolderReadsWorkbooksAndJsonAlike() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("returns"));
        Files.copy(Path.of(Samples.path(Samples.DORSET_Q2)), dir.resolve("a-dorset.json"));
        Files.copy(workbookOf(Samples.DORSET_Q2), dir.resolve("b-dorset.xlsx"));
        Run run = Run.of("summary", dir.toString());
        assertEquals(0, run.status(), run.err());
        String[] lines = run.lines();
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[1].startsWith(dir.resolve("a-dorset.json") + ","), lines[1]);
        assertTrue(lines[2].startsWith(dir.resolve("b-dorset.xlsx") + ","), lines[2]);
        assertEquals(lines[1].substring(lines[1].indexOf(',')), lines[2].substring(lines[2].indexOf(',')),
                "the same row from the workbook as from the JSON");
    }

    @Test
    void reportOfAWorkbookWritesTheBoardPage() throws IOException {
        Path xlsx = workbookOf(Samples.DORSET_Q2);
        Path html = temp.resolve("dorset.html");
        Run run = Run.of("report", xlsx.toString(), "--html", html.toString());
        assertEquals(0, run.status(), run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("Dorset"), "the board of [004]");
    }

    @Test
    void theBoardPageOfAWorkbookNamesTheCellOfEachFindingBesideItsPath() throws Exception {
        Path xlsx = workbookOf(Samples.NOTTS_Q2);
        Path html = temp.resolve("notts.html");
        assertEquals(0, Run.of("report", xlsx.toString(), "--html", html.toString()).status());
        org.w3c.dom.Document page = Xhtml.parse(Files.readString(html, StandardCharsets.UTF_8));
        List<String> where = Xhtml.withClass(page, Xhtml.XHTML, "td", "where").stream()
                .map(org.w3c.dom.Element::getTextContent).toList();
        assertTrue(where.contains("/cover/signedOffBy1. Cover!B8"), where.toString());
        Path json = temp.resolve("notts-json.html");
        assertEquals(0, Run.of("report", Samples.path(Samples.NOTTS_Q2), "--html", json.toString()).status());
        assertTrue(Xhtml.withClass(Xhtml.parse(Files.readString(json, StandardCharsets.UTF_8)), Xhtml.XHTML, "span",
                "cell").isEmpty(), "a JSON document has no cells");
    }

    static Path edited(Path xlsx, Consumer<XSSFWorkbook> edit) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        edit.accept(wb);
        Path out = xlsx.resolveSibling("edited-" + xlsx.getFileName());
        try (OutputStream o = Files.newOutputStream(out)) {
            wb.write(o);
        }
        wb.close();
        return out;
    }

    static Cell cellRightOf(XSSFWorkbook wb, String sheet, String labelStart) {
        for (Row row : wb.getSheet(sheet)) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().startsWith(labelStart)) {
                    Cell right = row.getCell(c.getColumnIndex() + 1);
                    return right == null ? row.createCell(c.getColumnIndex() + 1) : right;
                }
            }
        }
        throw new AssertionError(labelStart);
    }
}
