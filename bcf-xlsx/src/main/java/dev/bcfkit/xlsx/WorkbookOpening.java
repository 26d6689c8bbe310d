package dev.bcfkit.xlsx;

import dev.bcfkit.json.BcfParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook only if it is safe to: not macro-enabled (by name or content), not encrypted
 * or an old binary file, a sound zip, no zip bomb, no DTD, not too big, and no sheet with more
 * rows, columns or cells than a return has room for ({@link WorkbookScan} reads every part as a
 * stream before POI loads any). Every refusal is one {@link BcfParseException} naming the file. Derived limits: a
 * return's template has a few hundred rows at most, so 5,000 rows a sheet and 20 MB a file leave
 * a wide margin while keeping a hostile file's memory bounded.
 */
final class WorkbookOpening {
    /** The largest file read. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The most rows a sheet may have. */
    static final int MAX_ROWS = 5_000;
    /** An entry may inflate at most this many times its compressed size (POI's zip-bomb guard). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest inflated zip entry (checked first, as a stream, by {@link WorkbookScan}). */
    static final long MAX_ENTRY_BYTES = WorkbookScan.MAX_ENTRY_BYTES;

    /** A wrapped exception's class name, as Java prefixes it to a message ("java.util.zip.ZipException: "). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)+\\w*(?:Exception|Error): ");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private WorkbookOpening() {
    }

    static XSSFWorkbook open(Path file, String source) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm")) {
            throw refused(source, "a macro-enabled workbook (.xlsm) is refused; save it as .xlsx");
        }
        byte[] head = head(file, source);
        if (startsWith(head, OLE2)) {
            throw refused(source, "an encrypted workbook or an old binary .xls file is refused;"
                    + " remove the password or save it as .xlsx");
        }
        if (!startsWith(head, ZIP)) {
            throw refused(source, "not an .xlsx workbook (it is not a zip file)");
        }
        long size = size(file, source);
        if (size > MAX_FILE_BYTES) {
            throw refused(source, "the file is " + size + " bytes; a workbook of at most " + MAX_FILE_BYTES
                    + " bytes is read");
        }
        WorkbookScan.scan(file, source);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        XSSFWorkbook workbook;
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                if (pkg.getPartsByContentType(
                        "application/vnd.ms-office.vbaProject").size() > 0) {
                    throw refused(source, "a workbook with macros (a VBA project) is refused; save it as .xlsx");
                }
                workbook = new XSSFWorkbook(pkg);
            } catch (RuntimeException | IOException e) {
                pkg.revert();
                throw e;
            }
        } catch (BcfParseException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw refused(source, "not an .xlsx workbook: " + oneLine(e));
        } catch (InvalidFormatException | IOException | POIXMLException | IllegalStateException
                | IllegalArgumentException | UnsupportedOperationException e) {
            throw refused(source, "a corrupt or unsafe workbook: " + oneLine(e));
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                close(workbook);
                throw refused(source, "sheet \"" + sheet.getSheetName() + "\" has " + (sheet.getLastRowNum() + 1)
                        + " rows; a return's sheet has at most " + MAX_ROWS);
            }
        }
        return workbook;
    }

    static BcfParseException unreadable(String source, IOException e) {
        return refused(source, "cannot read the workbook: " + oneLine(e));
    }

    static BcfParseException refused(String source, String problem) {
        return new BcfParseException(source, "", 0, 0, problem);
    }

    private static byte[] head(Path file, String source) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw refused(source, "no such file");
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static long size(Path file, String source) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void close(XSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }

    static String oneLine(Throwable e) {
        String m = CLASS_NAME.matcher(String.valueOf(e.getMessage())).replaceAll("").replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
