package dev.bcfkit.xlsx;

import dev.bcfkit.core.Text;
import dev.bcfkit.json.BcfParseException;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * or if the parts together are more than a return could need: more XML, elements, cells, rows,
 * columns or shared strings than the limits below, or a cell's text longer than an Excel cell
 * holds. Every part an XML parser could read is scanned, whatever its name, and what a part is
 * (a worksheet, the shared strings) is told by its root element, not its path; each sheet's rows
 * and cells are checked as {@link SheetScan} says. The structure is checked too: no two zip
 * entries of one name (the scan and POI could read different ones), no entry named outside the
 * package, no macros by content type or relationship, and every sheet of the workbook a part of
 * the file, not a file or address outside it. So what POI
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
    /** The most zip entries (Apache POI's own default limit). */
    static final int MAX_ENTRIES = 1_000;
    /**
     * The most shared strings: a return's workbook has some hundreds; each costs POI far more to
     * load than its bytes (300,000 short strings, 3 MB on disk, took half a minute).
     */
    static final int MAX_SHARED_STRINGS = 20_000;

    private static final XMLInputFactory XML = factory();

    private final String source;
    private final Map<String, String> sheetNames = new HashMap<>();
    private long xmlBytes;
    private long elements;
    private long cells;
    private String sharedStringsPart = "xl/sharedStrings.xml";
    private int sharedStrings;

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
            entryNames(zip);
            scanPart(zip, types, Kind.CONTENT_TYPES);
            names(zip);
            ZipEntry strings = zip.getEntry(sharedStringsPart);
            if (strings != null) {
                scanPart(zip, strings, Kind.OTHER);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw refused("a workbook with macros (a VBA project, " + Text.abbreviate(name)
                            + ") is refused; save it as .xlsx");
                }
                if (!e.isDirectory() && !name.equals("[Content_Types].xml") && !name.equals(sharedStringsPart)
                        && (isXml(name) || looksLikeXml(zip, e))) {
                    scanPart(zip, e, Kind.OTHER);
                }
            }
        } catch (ZipException e) {
            throw refused("a corrupt zip, not a readable .xlsx workbook: " + WorkbookOpening.oneLine(e));
        } catch (IOException e) {
            throw WorkbookOpening.unreadable(source, e);
        }
    }

    /** The parts read by how much is counted in them: by their root element, whatever their name. */
    private enum Kind {
        CONTENT_TYPES, WORKSHEET, SHARED_STRINGS, COMMENTS, OTHER;

        static Kind of(String root) {
            return switch (root) {
                case "worksheet" -> WORKSHEET;
                case "sst" -> SHARED_STRINGS;
                case "comments" -> COMMENTS;
                default -> OTHER;
            };
        }
    }

    /**
     * Every entry's name once (part names are compared without case, as the package format
     * does), and none outside the package: two entries of one name could be read one by the scan
     * and the other by POI.
     */
    private void entryNames(ZipFile zip) {
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw refused("the zip has two entries named \"" + Text.abbreviate(name) + "\"; a workbook has one"
                        + " part of each name");
            }
            if (name.startsWith("/") || name.contains("\\") || name.contains(":") || name.equals("..")
                    || name.startsWith("../") || name.contains("/../") || name.endsWith("/..")) {
                throw refused("the zip has an entry named \"" + Text.abbreviate(name) + "\", outside the workbook's"
                        + " package (an absolute path, a backslash or \"..\")");
            }
        }
    }

    /** Whether an entry not named as XML begins as XML would (after a byte order mark and spaces). */
    private boolean looksLikeXml(ZipFile zip, ZipEntry e) throws IOException {
        byte[] head;
        try (InputStream in = zip.getInputStream(e)) {
            head = in.readNBytes(64);
        }
        for (byte b : head) {
            if (b == '<') {
                return true;
            }
            if (b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF && b != (byte) 0xFE && b != (byte) 0xFF) {
                return false;
            }
        }
        return false;
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
                relationship(zip, r);
                targetById.put(attribute(r, "Id"), attribute(r, "Target"));
            }
        });
        nameById.forEach((id, sheet) -> {
            String target = targetById.get(id);
            if (target != null && sheet != null) {
                sheetNames.put(resolve(target), sheet);
            }
        });
    }

    /**
     * A relationship of the workbook: none to macros, none outside the file (a sheet or the
     * shared strings as a file path or web address is never read), each to a part the file has.
     */
    private void relationship(ZipFile zip, XMLStreamReader r) {
        String type = String.valueOf(attribute(r, "Type"));
        String target = String.valueOf(attribute(r, "Target"));
        if (type.endsWith("/vbaProject")) {
            throw refused("a workbook with macros (a VBA project, " + Text.abbreviate(target)
                    + ") is refused; save it as .xlsx");
        }
        if ("External".equalsIgnoreCase(attribute(r, "TargetMode"))) {
            throw refused("xl/_rels/workbook.xml.rels points the workbook's " + Text.abbreviate(type.substring(
                    type.lastIndexOf('/') + 1)) + " outside the file, to \"" + Text.abbreviate(target)
                    + "\"; a workbook's sheets are inside it");
        }
        String part = resolve(target);
        if (part == null || zip.getEntry(part) == null) {
            throw refused("xl/_rels/workbook.xml.rels points to \"" + Text.abbreviate(target)
                    + "\", which is not a part of the file");
        }
        if (type.endsWith("/sharedStrings")) {
            sharedStringsPart = part;
        }
    }

    /**
     * The part a relationship of xl/workbook.xml names: its target from the package's root if it
     * begins with "/", else from "xl/", with "." and ".." taken; null if it leaves the package.
     */
    static String resolve(String target) {
        java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        if (!target.startsWith("/")) {
            path.add("xl");
        }
        for (String segment : target.split("/", -1)) {
            if (segment.equals("..")) {
                if (path.pollLast() == null) {
                    return null;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path);
    }

    static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** What the scan does at each event of a part, besides counting it. */
    private interface OnElement {
        /** The part's kind, told by its root element. */
        default void root(Kind kind) {
        }

        void start(XMLStreamReader r);

        default void text(XMLStreamReader r) {
        }

        default void end(XMLStreamReader r) {
        }
    }

    private void scanPart(ZipFile zip, ZipEntry e, Kind hint) throws IOException {
        String sheet = sheetNames.getOrDefault(e.getName(), e.getName());
        SheetScan[] rows = {null};
        Kind[] kind = {hint};
        read(zip, e, hint, new OnElement() {
            @Override
            public void root(Kind root) {
                kind[0] = root;
                if (root == Kind.WORKSHEET) {
                    rows[0] = new SheetScan(sheet, sharedStrings, WorkbookScan.this::refused);
                }
            }

            @Override
            public void start(XMLStreamReader r) {
                String n = r.getLocalName();
                if (hint == Kind.CONTENT_TYPES && (n.equals("Override") || n.equals("Default"))) {
                    String type = String.valueOf(attribute(r, "ContentType"));
                    if (type.contains("macroEnabled") || type.contains("vbaProject") || type.contains("macrosheet")) {
                        throw refused("a macro-enabled workbook (content type " + Text.abbreviate(type)
                                + ") is refused; save it as .xlsx");
                    }
                } else if (rows[0] != null) {
                    if (n.equals("c") && ++cells > MAX_CELLS) {
                        throw refused("the sheets have more than " + MAX_CELLS + " cells; a return has far fewer");
                    }
                    rows[0].start(r);
                } else if (kind[0] == Kind.SHARED_STRINGS && n.equals("si") && ++sharedStrings > MAX_SHARED_STRINGS) {
                    throw refused(Text.abbreviate(e.getName()) + " has more than " + MAX_SHARED_STRINGS + " shared strings; a"
                            + " return's workbook has some hundreds");
                }
            }

            @Override
            public void text(XMLStreamReader r) {
                if (rows[0] != null) {
                    rows[0].text(r);
                }
            }

            @Override
            public void end(XMLStreamReader r) {
                if (rows[0] != null) {
                    rows[0].end(r);
                }
            }
        });
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
        String part = Text.abbreviate(e.getName());
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
                Kind partKind = kind;
                int unitDepth = -1;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw refused(part + " has a DTD (<!DOCTYPE ...>); a workbook's XML has none, and a DTD"
                                + " can define entities that read other files or expand without end");
                    } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw refused(part + " refers to the entity &" + Text.abbreviate(r.getLocalName())
                                + "; a workbook's XML has"
                                + " none");
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        if (depth == 0 && partKind == Kind.OTHER) {
                            partKind = Kind.of(r.getLocalName());
                            onElement.root(partKind);
                        }
                        if (isTextUnit(partKind, r.getLocalName())) {
                            text = 0;
                            unitDepth = depth;
                        }
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
                        if (depth == unitDepth) {
                            unitDepth = -1;
                        }
                        onElement.end(r);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) {
                        if (unitDepth >= 0) {
                            text += r.getTextLength();
                            if (text > MAX_STRING_CHARS) {
                                throw refused(part + " has a string longer than " + MAX_STRING_CHARS
                                        + " characters, more than an Excel cell holds");
                            }
                        }
                        onElement.text(r);
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

    /** The element whose text is one cell's, one shared string's or one comment's, all its runs together. */
    private static boolean isTextUnit(Kind kind, String element) {
        return kind == Kind.WORKSHEET && element.equals("c") || kind == Kind.SHARED_STRINGS && element.equals("si")
                || kind == Kind.COMMENTS && element.equals("comment");
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
            if (t instanceof ZipException || t instanceof EOFException) {
                return (IOException) t;
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
