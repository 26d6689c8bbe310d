package dev.bcfkit.xlsx;

import dev.bcfkit.json.BcfParseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads every XML part of a workbook once, as a stream, before Apache POI builds anything of it
 * in memory, and refuses the workbook if a part is a zip bomb, has a DTD, is nested too deeply,
 * or if the parts together are more than a return could need: more XML, elements, cells, rows or
 * columns than the limits below, or a shared string longer than an Excel cell holds. So what POI
 * then loads whole is bounded by these limits, whatever the file, and the memory of the scan
 * itself is a parser's buffer and the current element.
 *
 * <p>The limits are derived, not from the papers: a return's template ({@code [004]},
 * {@code [000:180-254]}) is a few sheets of a few hundred rows and under 30 columns; a workbook
 * written by Excel is some hundreds of kilobytes of XML. Each limit leaves a wide margin above
 * that.
 */
final class WorkbookScan {
    /** A zip entry may inflate at most this many times its compressed size. */
    static final long MAX_RATIO = 100;
    /** Entries this small may have any ratio (a short part of zeros is no bomb). */
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** The most inflated bytes of one entry. */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** The most inflated bytes of all the XML parts together. */
    static final long MAX_XML_BYTES = 32L * 1024 * 1024;
    /** The most XML elements of all the parts together. */
    static final long MAX_ELEMENTS = 2_000_000;
    /** The most cells of all the sheets together. */
    static final long MAX_CELLS = 200_000;
    /** The highest row number of a sheet. */
    static final int MAX_ROWS = WorkbookOpening.MAX_ROWS;
    /** The highest column of a sheet, as a number (1 is A; 1000 is ALL). */
    static final int MAX_COLUMNS = 1_000;
    /** The deepest nesting of XML elements (a workbook's parts nest about ten deep). */
    static final int MAX_DEPTH = 64;
    /** The most characters a cell holds in Excel, so the longest shared string. */
    static final int MAX_STRING_CHARS = 32_767;
    /** The most zip entries. */
    static final int MAX_ENTRIES = 10_000;

    private static final XMLInputFactory XML = factory();

    private final String source;
    private final Map<String, String> sheetNames = new HashMap<>();
    private long xmlBytes;
    private long elements;
    private long cells;

    private WorkbookScan(String source) {
        this.source = source;
    }

    /**
     * @param file the workbook, a zip file
     * @param source its name for messages
     * @throws BcfParseException naming the file, the part and the limit, if it is refused
     */
    static void scan(Path file, String source) {
        new WorkbookScan(source).run(file);
    }

    private void run(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused("the zip has " + zip.size() + " entries; a workbook of at most " + MAX_ENTRIES
                        + " is read");
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                throw refused("not an .xlsx workbook: the zip has no [Content_Types].xml");
            }
            scanPart(zip, types, Kind.CONTENT_TYPES);
            names(zip);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw refused("a workbook with macros (a VBA project, " + name + ") is refused; save it as .xlsx");
                }
                if (!e.isDirectory() && isXml(name) && !name.equals("[Content_Types].xml")) {
                    scanPart(zip, e, kindOf(name));
                }
            }
        } catch (ZipException e) {
            throw refused("a corrupt zip, not a readable .xlsx workbook: " + WorkbookOpening.oneLine(e));
        } catch (IOException e) {
            throw WorkbookOpening.unreadable(source, e);
        }
    }

    /** The parts read by how much is counted in them. */
    private enum Kind {
        CONTENT_TYPES, WORKSHEET, SHARED_STRINGS, OTHER
    }

    private static Kind kindOf(String name) {
        if (name.startsWith("xl/worksheets/") && !name.contains("/_rels/")) {
            return Kind.WORKSHEET;
        }
        return name.equals("xl/sharedStrings.xml") ? Kind.SHARED_STRINGS : Kind.OTHER;
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    /** The sheets' names by their parts, from xl/workbook.xml and its relationships, for messages. */
    private void names(ZipFile zip) throws IOException {
        ZipEntry book = zip.getEntry("xl/workbook.xml");
        ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (book == null || rels == null) {
            return;
        }
        Map<String, String> nameById = new HashMap<>();
        Map<String, String> targetById = new HashMap<>();
        read(zip, book, Kind.OTHER, r -> {
            if (r.getLocalName().equals("sheet")) {
                nameById.put(attribute(r, "id"), attribute(r, "name"));
            }
        });
        read(zip, rels, Kind.OTHER, r -> {
            if (r.getLocalName().equals("Relationship")) {
                targetById.put(attribute(r, "Id"), attribute(r, "Target"));
            }
        });
        nameById.forEach((id, sheet) -> {
            String target = targetById.get(id);
            if (target != null && sheet != null) {
                sheetNames.put(target.startsWith("/") ? target.substring(1) : "xl/" + target, sheet);
            }
        });
    }

    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** What the scan does at each start element of a part, besides counting it. */
    private interface OnElement {
        void start(XMLStreamReader r);
    }

    private void scanPart(ZipFile zip, ZipEntry e, Kind kind) throws IOException {
        String sheet = sheetNames.getOrDefault(e.getName(), e.getName());
        int[] lastRow = {0};
        read(zip, e, kind, r -> {
            String n = r.getLocalName();
            if (kind == Kind.CONTENT_TYPES && n.equals("Override")) {
                String type = String.valueOf(attribute(r, "ContentType"));
                if (type.contains("macroEnabled") || type.contains("vbaProject")) {
                    throw refused("a macro-enabled workbook (content type " + type + ") is refused; save it as .xlsx");
                }
            } else if (kind == Kind.WORKSHEET && n.equals("row")) {
                String at = attribute(r, "r");
                lastRow[0] = at == null ? lastRow[0] + 1 : number(at, sheet);
                if (lastRow[0] > MAX_ROWS) {
                    throw refused("sheet \"" + sheet + "\" has " + lastRow[0] + " rows; a return's sheet has at most "
                            + MAX_ROWS);
                }
            } else if (kind == Kind.WORKSHEET && n.equals("c")) {
                if (++cells > MAX_CELLS) {
                    throw refused("the sheets have more than " + MAX_CELLS + " cells; a return has far fewer");
                }
                String at = attribute(r, "r");
                if (at != null && column(at) > MAX_COLUMNS) {
                    throw refused("sheet \"" + sheet + "\" has a cell at " + at + ", past column " + MAX_COLUMNS
                            + " (ALL); a return's sheet has fewer columns");
                }
            }
        });
    }

    private int number(String text, String sheet) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException x) {
            throw refused("sheet \"" + sheet + "\": a row numbered \"" + (text.length() > 20 ? text.substring(0, 20)
                    + "..." : text) + "\", not a whole number");
        }
    }

    /** The column of a cell reference such as "AB12", from 1; letters past 4 count as past any limit. */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && i < 5; i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                return column;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    private void read(ZipFile zip, ZipEntry e, Kind kind, OnElement onElement) throws IOException {
        String part = e.getName();
        try (Counted in = new Counted(zip.getInputStream(e), e.getCompressedSize(), part)) {
            XMLStreamReader r;
            try {
                r = XML.createXMLStreamReader(in);
            } catch (XMLStreamException x) {
                throw notXml(in, part, x);
            }
            try {
                int depth = 0;
                long text = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw refused(part + " has a DTD (<!DOCTYPE ...>); a workbook's XML has none, and a DTD"
                                + " can define entities that read other files or expand without end");
                    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw refused(part + " refers to the entity &" + r.getLocalName() + "; a workbook's XML has"
                                + " none");
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        text = 0;
                        if (++depth > MAX_DEPTH) {
                            throw refused(part + " nests elements more than " + MAX_DEPTH + " deep; a workbook's"
                                    + " XML nests about ten deep");
                        }
                        if (++elements > MAX_ELEMENTS) {
                            throw refused("the workbook's XML has more than " + MAX_ELEMENTS + " elements; a return"
                                    + " has far fewer");
                        }
                        onElement.start(r);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (kind == Kind.SHARED_STRINGS && event == XMLStreamConstants.CHARACTERS) {
                        text += r.getTextLength();
                        if (text > MAX_STRING_CHARS) {
                            throw refused(part + " has a string longer than " + MAX_STRING_CHARS
                                    + " characters, more than an Excel cell holds");
                        }
                    }
                }
            } catch (XMLStreamException x) {
                throw notXml(in, part, x);
            } finally {
                try {
                    r.close();
                } catch (XMLStreamException x) {
                    // the stream is closed with the entry
                }
            }
        }
    }

    /**
     * A part that is not well-formed XML: unless the rest of it is a zip bomb (zeros are not XML,
     * so a bomb fails to parse first), which the count finds by reading on to its limit.
     */
    private BcfParseException notXml(Counted in, String part, XMLStreamException x) {
        IOException zipProblem = ioCause(x);
        if (zipProblem != null) {
            return refused("a corrupt zip, not a readable .xlsx workbook: " + part + ": "
                    + WorkbookOpening.oneLine(zipProblem));
        }
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the XML problem is reported
        }
        return refused(part + " is not well-formed XML: " + WorkbookOpening.oneLine(x));
    }

    /** The zip's own read failure inside a parser's exception, if that is what stopped the parse. */
    private static IOException ioCause(XMLStreamException x) {
        Throwable t = x.getNestedException() != null ? x.getNestedException() : x.getCause();
        for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private BcfParseException refused(String problem) {
        return WorkbookOpening.refused(source, problem);
    }

    /** An entry's inflated bytes, counted against the zip-bomb and size limits as they are read. */
    private final class Counted extends FilterInputStream {
        private final long compressed;
        private final String part;
        private long count;

        Counted(InputStream in, long compressed, String part) {
            super(in);
            this.compressed = Math.max(compressed, 1);
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            xmlBytes += n;
            if (count > MAX_ENTRY_BYTES) {
                throw refused("a zip bomb: " + part + " inflates past " + MAX_ENTRY_BYTES + " bytes (16 MiB), more"
                        + " than a workbook's part needs");
            }
            if (count > RATIO_GRACE_BYTES && count > compressed * MAX_RATIO) {
                throw refused("a zip bomb: " + part + " inflates more than " + MAX_RATIO + " times its compressed"
                        + " size of " + compressed + " bytes");
            }
            if (xmlBytes > MAX_XML_BYTES) {
                throw refused("the workbook's XML inflates past " + MAX_XML_BYTES + " bytes (32 MiB), more than a"
                        + " return needs");
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
