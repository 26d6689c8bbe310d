package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes bcfkit documents (quarterly returns, plans and pooled budgets) as JSON, with a
 * reader hardened for files from outside: every document is treated as hostile (docs/SECURITY.md).
 * Build it once and share it: an instance is immutable and thread-safe.
 *
 * <p>The wire format: every document starts with {@code "format": "bcfkit/quarterly-return/1"}
 * (or {@code bcfkit/plan/1}, {@code bcfkit/pooled-budget/1}); property names are the record
 * component names of the model; money is a plain JSON number read exactly (whole pounds such as
 * the pooled fund {@code 13131049}, {@code [002:1048]}; pence such as the fee {@code 20.00}, which
 * keeps its scale, {@code [004:178]}; never a {@code double}); financial years are {@code "2017/18"},
 * quarters {@code "Q2"}, closed lists their exact template labels ("Plans in place",
 * {@code [002:2827]}), dates {@code "2017-03-31"}; a blank cell ("Please leave any missing data
 * cells as blank", {@code [004:175]}) is left out when writing and may be absent or {@code null}
 * when reading, and is never zero (a blank cell is not a zero figure).
 *
 * <p>The reader refuses, with a {@link BcfParseException} that gives the file, the JSON pointer,
 * the line and column: text that is not UTF-8 (a UTF-8 byte-order mark at the start is accepted
 * and skipped; UTF-16 and UTF-32 are refused), unknown properties (strict reader only), duplicate
 * keys, content after the document, {@code NaN}, numbers and texts beyond the {@link Limits},
 * amounts with a fraction of a penny, lists and maps with more entries than a template has rows
 * ({@link Limits}), values of the wrong kind, unknown labels, impossible dates, unknown formats and
 * versions, unknown editions and condition codes. A file is read only if it is a regular file, and
 * no stream or file is read beyond the size limit and one byte. Text that does not begin as a JSON
 * object is refused without quoting any of it (it may be any file a path names). It never resolves Java types
 * named in a document (no polymorphic typing: {@code "@class"} is just an unknown property), and
 * no Jackson exception ever reaches the caller.
 */
public final class BcfJson {
    private static final String UNNAMED = "<input>";
    private static final String ANY_DOCUMENT = "a bcfkit document";
    private static final Pattern CHARACTER_CODE = Pattern.compile("\\(code (\\d+)");
    private static final BcfJson STRICT = new BcfJson(true);
    private static final BcfJson LENIENT = new BcfJson(false);

    private final boolean strict;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private BcfJson(boolean strict) {
        this.strict = strict;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(Limits.streamReadConstraints())
                // property names are never interned in the JVM's string pool
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // a key given twice is refused, not silently overwritten
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // messages quote no input beyond what ParseFailures chooses to
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // NaN, Infinity and their kin are not JSON and not numbers
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                // amounts are written as plain decimals, never 1E+7
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new BcfModule())
                // strict: an unknown property (a typo, or "@class") is an error; lenient: skipped
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Blank cells may be absent or null (a record component is null); what must be
                // present (collections, flags, a return's period, a condition's code) is checked by
                // the module with the pointer of the missing property, so Jackson's creator checks
                // are off on purpose.
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // never: no type names in the format, no polymorphic default typing
                .deactivateDefaultTyping()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        this.reader = mapper.reader();
        this.writer = mapper.writer(Layout.prettyPrinter());
    }

    /**
     * The strict reader and writer: an unknown property is an error. Use it for files from outside.
     *
     * @return the shared strict instance
     */
    public static BcfJson strict() {
        return STRICT;
    }

    /**
     * The lenient reader and writer: unknown properties are skipped (for documents written by a
     * later bcfkit that added optional properties); everything else is as strict as
     * {@link #strict()}.
     *
     * @return the shared lenient instance
     */
    public static BcfJson lenient() {
        return LENIENT;
    }

    /** @return whether unknown properties are refused */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reads a document or value from UTF-8 JSON bytes, named {@code <input>} in messages.
     *
     * @param json the JSON text
     * @param type the model type, such as {@code QuarterlyReturn.class}
     * @param <T> the model type
     * @return the value
     * @throws BcfParseException if the text is not such a value
     */
    public <T> T read(byte[] json, Class<T> type) {
        return read(json, UNNAMED, type);
    }

    /**
     * Reads a document or value from UTF-8 JSON bytes.
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages, such as a file name or {@code <stdin>}
     * @param type the model type, such as {@code QuarterlyReturn.class}
     * @param <T> the model type
     * @return the value
     * @throws BcfParseException if the text is not such a value
     */
    public <T> T read(byte[] json, String sourceName, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        covered(type);
        return read(json, checked(json, sourceName), sourceName, type, new DocumentProblems(sourceName));
    }

    /**
     * Reads a document or value from JSON text held in a string (as UTF-8, the one encoding of the
     * format). Text with half a surrogate pair is refused: it could not be read as it was written.
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @param type the model type, such as {@code QuarterlyReturn.class}
     * @param <T> the model type
     * @return the value
     * @throws BcfParseException if the text is not such a value
     */
    public <T> T read(String json, String sourceName, Class<T> type) {
        Objects.requireNonNull(sourceName, "sourceName");
        return read(utf8(json, sourceName), sourceName, type);
    }

    /**
     * Reads a document or value from a stream of UTF-8 JSON. At most
     * {@value Limits#MAX_DOCUMENT_BYTES} bytes and one more are read from the stream, however long
     * it is (a stream that never ends, such as {@code /dev/zero}, is refused as too large); the
     * stream is not closed.
     *
     * @param in the stream
     * @param sourceName the name of the input for messages, such as {@code <stdin>}
     * @param type the model type
     * @param <T> the model type
     * @return the value
     * @throws BcfParseException if the stream cannot be read or does not hold such a value
     */
    public <T> T read(InputStream in, String sourceName, Class<T> type) {
        Objects.requireNonNull(sourceName, "sourceName");
        covered(type);
        byte[] json = bytes(in, sourceName);
        return read(json, checked(json, sourceName), sourceName, type, new DocumentProblems(sourceName));
    }

    /**
     * Reads a document or value from a UTF-8 JSON file, named by its file name in messages. Only a
     * regular file is read (following symbolic links): a directory, a device such as
     * {@code /dev/zero} or a named pipe is refused without reading from it; at most
     * {@value Limits#MAX_DOCUMENT_BYTES} bytes and one more are read.
     *
     * @param file the file
     * @param type the model type
     * @param <T> the model type
     * @return the value
     * @throws BcfParseException if the file cannot be read or does not hold such a value
     */
    public <T> T read(Path file, Class<T> type) {
        covered(type);
        byte[] json = bytes(file);
        String sourceName = sourceName(file);
        return read(json, checked(json, sourceName), sourceName, type, new DocumentProblems(sourceName));
    }

    /**
     * Reads a document or value from UTF-8 JSON bytes, as {@link #read(byte[], String, Class)} does,
     * and says what the reader accepted but a person should know: a closed-list value given as the
     * template prints it ("NEA", {@code [000:208]}) is read as its canonical value
     * ("Non-Elective Admissions") with a {@link ReaderNotice}. The other {@code read} methods accept
     * such labels too, without the notices; use this one where the notices can be shown.
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @param type the model type
     * @param <T> the model type
     * @return the value and the notices
     * @throws BcfParseException if the text is not such a value
     */
    public <T> ReadResult<T> readWithNotices(byte[] json, String sourceName, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        covered(type);
        DocumentProblems problems = new DocumentProblems(sourceName);
        T value = read(json, checked(json, sourceName), sourceName, type, problems);
        return problems.result(value);
    }

    /**
     * Reads a document of whichever kind its {@code "format"} names: a
     * {@link dev.bcfkit.core.returns.QuarterlyReturn}, a {@link dev.bcfkit.core.plan.Plan}, a
     * {@link dev.bcfkit.core.funding.PooledBudget}, a {@link dev.bcfkit.core.plan.PolicyFrameworkPlan} or a
     * {@link dev.bcfkit.core.outcomes.LocalOutcomeTable}. The text is parsed once: the format is read
     * from the first member, where the writer puts it, and the rest of the document is read on
     * from there (a document whose format comes later is parsed up to it first).
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @return the document
     * @throws BcfParseException if the text is not a document of a known format
     */
    public BcfDocument readDocument(byte[] json, String sourceName) {
        return readDocumentWithNotices(json, sourceName).value();
    }

    /**
     * Reads a document of whichever kind its {@code "format"} names from JSON text held in a
     * string, as {@link #read(String, String, Class)} reads a value.
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @return the document
     * @throws BcfParseException if the text is not a document of a known format
     */
    public BcfDocument readDocument(String json, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        return readDocument(utf8(json, sourceName), sourceName);
    }

    /**
     * Reads a document of whichever kind its {@code "format"} names from a stream of UTF-8 JSON,
     * such as standard input. At most {@value Limits#MAX_DOCUMENT_BYTES} bytes and one more are
     * read from the stream; it is not closed.
     *
     * @param in the stream
     * @param sourceName the name of the input for messages, such as {@code <stdin>}
     * @return the document
     * @throws BcfParseException if the stream cannot be read or is not a document of a known format
     */
    public BcfDocument readDocument(InputStream in, String sourceName) {
        return readDocumentWithNotices(in, sourceName).value();
    }

    /**
     * Reads a document file of whichever kind its {@code "format"} names. Only a regular file is
     * read, and no more of it than {@value Limits#MAX_DOCUMENT_BYTES} bytes and one, as
     * {@link #read(Path, Class)} does.
     *
     * @param file the file
     * @return the document
     * @throws BcfParseException if the file cannot be read or is not a document of a known format
     */
    public BcfDocument readDocument(Path file) {
        return readDocumentWithNotices(file).value();
    }

    /**
     * Reads a document of whichever kind its {@code "format"} names, with the reader's notices
     * ({@link #readWithNotices(byte[], String, Class)}) and what the reader judged of its shape
     * ({@link ReadResult#shape()}).
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @return the document, the notices and the shape judgement
     * @throws BcfParseException if the text is not a document of a known format
     */
    public ReadResult<BcfDocument> readDocumentWithNotices(byte[] json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        DocumentProblems problems = new DocumentProblems(sourceName);
        return problems.result(document(json, checked(json, sourceName), sourceName, problems));
    }

    /**
     * Reads a document of whichever kind its {@code "format"} names from a stream, with the
     * reader's notices, as {@link #readDocument(InputStream, String)} reads it.
     *
     * @param in the stream
     * @param sourceName the name of the input for messages, such as {@code <stdin>}
     * @return the document, the notices and the shape judgement
     * @throws BcfParseException if the stream cannot be read or is not a document of a known format
     */
    public ReadResult<BcfDocument> readDocumentWithNotices(InputStream in, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] json = bytes(in, sourceName);
        DocumentProblems problems = new DocumentProblems(sourceName);
        return problems.result(document(json, checked(json, sourceName), sourceName, problems));
    }

    /**
     * Reads a document file of whichever kind its {@code "format"} names, with the reader's
     * notices, as {@link #readDocument(Path)} reads it.
     *
     * @param file the file
     * @return the document, the notices and the shape judgement
     * @throws BcfParseException if the file cannot be read or is not a document of a known format
     */
    public ReadResult<BcfDocument> readDocumentWithNotices(Path file) {
        byte[] json = bytes(file);
        String sourceName = sourceName(file);
        DocumentProblems problems = new DocumentProblems(sourceName);
        return problems.result(document(json, checked(json, sourceName), sourceName, problems));
    }

    /**
     * Tells which format a document names, without reading the rest of it.
     *
     * @param json the JSON text
     * @param sourceName the name of the input for messages
     * @return the format
     * @throws BcfParseException if the text is not JSON or names no known format
     */
    public DocumentFormat formatOf(byte[] json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return formatOf(json, checked(json, sourceName), sourceName);
    }

    /**
     * The one check of the bytes of every entry point, whether handed over by the caller or read
     * from a file or stream (which are read no further than the limit and one byte): their size
     * ({@link #withinLimit}, the one size rule, which a file's and a string's length also meet
     * before they are read or encoded), then their encoding.
     *
     * @return where the JSON text starts (after a byte-order mark)
     */
    private int checked(byte[] json, String sourceName) {
        withinLimit(json.length, sourceName);
        return DocumentEncoding.check(json, sourceName, reader.getFactory());
    }

    /** The one size check: a document of more than {@value Limits#MAX_DOCUMENT_BYTES} bytes is refused. */
    private static void withinLimit(long size, String sourceName) {
        if (size > Limits.MAX_DOCUMENT_BYTES) {
            throw new BcfParseException(sourceName, "", -1, -1, "the document is larger than the reader allows (at most "
                    + Limits.MAX_DOCUMENT_BYTES + " bytes)");
        }
    }

    private static void covered(Class<?> type) {
        Objects.requireNonNull(type, "type");
        if (!Wires.covers(type)) {
            throw new BcfException("type: bcfkit reads the types of dev.bcfkit.core, found " + type.getName());
        }
    }

    /**
     * Text as the UTF-8 bytes it stands for; refused, not silently changed, if it has half a
     * surrogate pair (which {@link String#getBytes} would turn into {@code ?}) or is longer than
     * the reader allows.
     */
    private static byte[] utf8(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        // a string has at most as many chars as its UTF-8 bytes: one too long is refused before it is encoded
        withinLimit(json.length(), sourceName);
        String unpaired = TextWire.unpairedSurrogate(json);
        if (unpaired != null) {
            throw new BcfParseException(sourceName, "", -1, -1, "not text that UTF-8 can hold: " + unpaired);
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a document of whichever kind its format names from bytes whose size and encoding are
     * checked, on one parser: the format is read from the first member and the parser is handed,
     * at the format's value, to the reader of that kind ({@link FormatRead}), which reads on from
     * there. Only when the format is not the first member (never so in what the writer writes) is
     * the text parsed up to the format first and then read again from the start.
     */
    private BcfDocument document(byte[] json, int start, String sourceName, DocumentProblems problems) {
        JsonParser p = null;
        try {
            p = parser(json, start);
            documentStart(p, sourceName, json, start);
            JsonLocation objectStart = p.currentTokenLocation();
            if (p.nextToken() != JsonToken.FIELD_NAME || !DocumentFormat.PROPERTY.equals(p.currentName())) {
                close(p);
                p = null;
                return read(json, start, sourceName, formatOf(json, start, sourceName).documentType(), problems);
            }
            ReaderWork.add(1);
            p.nextToken();
            DocumentFormat format = FormatProperty.read(p);
            BcfDocument value = format.documentType().cast(reader.forType(format.documentType())
                    .withAttributes(Map.of(DocumentProblems.ATTRIBUTE, problems,
                            FormatRead.ATTRIBUTE, new FormatRead(format, objectStart)))
                    .readValue(p));
            if (problems.any()) {
                throw problems.exception(null);
            }
            return value;
        } catch (IOException | RuntimeException failure) {
            throw refused(failure, sourceName, p, json, start, true, problems);
        } finally {
            close(p);
        }
    }

    /**
     * Reads bytes whose size and encoding are checked, collecting the problems the reader can read
     * past and the notices in {@code problems}: every problem is reported at once.
     */
    private <T> T read(byte[] json, int start, String sourceName, Class<T> type, DocumentProblems problems) {
        ObjectReader typed = reader.forType(type).withAttribute(DocumentProblems.ATTRIBUTE, problems);
        boolean document = DocumentFormat.forType(type).isPresent();
        JsonParser p = null;
        try {
            p = parser(json, start);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BcfParseException(sourceName, "", 1, 1, "the document is empty");
            }
            if (document && first != JsonToken.START_OBJECT && first != JsonToken.VALUE_NULL) {
                throw DocumentStart.notAnObject(sourceName, json, start, first, describe(type));
            }
            T value = typed.readValue(p);
            if (problems.any()) {
                throw problems.exception(null);
            }
            if (value == null) {
                throw new BcfParseException(sourceName, "", 1, 1, "expected " + describe(type) + ", found null");
            }
            return value;
        } catch (IOException | RuntimeException failure) {
            throw refused(failure, sourceName, p, json, start, document, problems);
        } finally {
            close(p);
        }
    }

    /**
     * The one translation of what can go wrong while a document or value is read into the
     * library's own exception, listing every problem the reader kept before it.
     */
    private static BcfException refused(Exception failure, String sourceName, JsonParser p, byte[] json, int start,
            boolean document, DocumentProblems problems) {
        if (failure instanceof JsonProcessingException refusedByJson) {
            return problems.exception(refusal(sourceName, p, refusedByJson, json, start, document));
        }
        if (failure instanceof IOException) {
            return new BcfParseException(sourceName, "", -1, -1, "cannot read the input: " + failure.getMessage());
        }
        if (failure instanceof BcfException own) {
            return own;
        }
        if (problems.any()) {
            // a value refused and kept is blank from then on: what fails for want of it is
            // that problem's consequence, not another problem to report
            return problems.exception(null);
        }
        // a last line of defence: whatever goes wrong, the caller gets the library's exception
        return problems.exception(ParseFailures.at(sourceName, p == null ? "" : Pointers.current(p),
                p == null ? null : p.currentTokenLocation(), "cannot read the value here: " + failure.getMessage()));
    }

    /** Moves {@code p} to the first token, which must open a document (an object). */
    private static void documentStart(JsonParser p, String sourceName, byte[] json, int start) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new BcfParseException(sourceName, "", 1, 1, "the document is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw DocumentStart.notAnObject(sourceName, json, start, first, ANY_DOCUMENT);
        }
    }

    /** The format of bytes whose size and encoding are checked; the JSON text starts at {@code textStart}. */
    private DocumentFormat formatOf(byte[] json, int textStart, String sourceName) {
        JsonParser p = null;
        try {
            p = parser(json, textStart);
            documentStart(p, sourceName, json, textStart);
            var start = p.currentTokenLocation();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                boolean isFormat = DocumentFormat.PROPERTY.equals(p.currentName());
                p.nextToken();
                if (isFormat) {
                    return FormatProperty.read(p);
                }
                p.skipChildren();
            }
            throw WireException.at(p, "/" + DocumentFormat.PROPERTY, start, "missing \"" + DocumentFormat.PROPERTY
                    + "\": expected one of " + DocumentFormat.known());
        } catch (IOException | RuntimeException failure) {
            throw refused(failure, sourceName, p, json, textStart, true, new DocumentProblems(sourceName));
        } finally {
            close(p);
        }
    }

    /**
     * Writes a document as UTF-8 JSON: pretty-printed, properties in record component order,
     * blank cells left out, a final newline. Writing the same document twice gives the same bytes.
     *
     * @param document a quarterly return, plan or pooled budget (or another model value)
     * @return the JSON bytes
     * @throws BcfException if the value is not of the model
     */
    public byte[] write(Object document) {
        return writeString(document).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a document as JSON text, as {@link #write(Object)} does.
     *
     * @param document a quarterly return, plan or pooled budget (or another model value)
     * @return the JSON text, ending with a newline
     * @throws BcfException if the value is not of the model
     */
    public String writeString(Object document) {
        if (document == null || !Wires.covers(document.getClass())) {
            throw new BcfException("document: expected a quarterly return, plan or pooled budget, found "
                    + (document == null ? "null" : document.getClass().getName()));
        }
        try {
            return writer.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException failure) {
            throw new BcfException("document: cannot write " + document.getClass().getSimpleName() + ": "
                    + failure.getOriginalMessage());
        }
    }

    /**
     * Writes a document to a UTF-8 JSON file, replacing it.
     *
     * @param document a quarterly return, plan or pooled budget
     * @param file the file
     * @throws BcfException if the value is not of the model or the file cannot be written
     */
    public void write(Object document, Path file) {
        byte[] bytes = write(document);
        try {
            Files.write(file, bytes);
        } catch (IOException failure) {
            throw new BcfException("file: cannot write " + file + ": " + failure);
        }
    }

    /**
     * A parser of its own for one document. Jackson keeps the property names it has seen in a
     * symbol table that every parser of a factory shares and adds to: names built to collide in its
     * hash, or just very many names, in one hostile document would fill it, and every later document,
     * however good, would be refused as "a DoS attack based on hash collisions". So each document
     * gets a copy of the factory (same settings, empty tables), and its names die with it.
     */
    private JsonParser parser(byte[] json, int start) throws IOException {
        return reader.getFactory().copy().createParser(json, start, json.length - start);
    }

    private static String describe(Class<?> type) {
        return DocumentFormat.forType(type).map(DocumentFormat::description)
                .orElse("a " + type.getSimpleName());
    }

    private static byte[] bytes(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        try {
            // one byte more than the limit, so that checked() knows a longer input from one at the limit
            return in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        } catch (IOException failure) {
            throw new BcfParseException(sourceName, "", -1, -1, "cannot read the input: " + failure.getMessage());
        }
    }

    /**
     * The bytes of a regular file, read no further than the size limit and one byte: a file whose
     * size is already over the limit is refused unopened, and the read is bounded as well (a file
     * can grow, or be swapped for another, while it is read); the bytes are then checked as every
     * entry point's are ({@link #checked}).
     */
    private static byte[] bytes(Path file) {
        Objects.requireNonNull(file, "file");
        String name = sourceName(file);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new BcfParseException(name, "", -1, -1, "not a regular file (" + (attributes.isDirectory()
                        ? "a directory" : "a device, named pipe or socket") + "): bcfkit reads documents only from"
                        + " regular files");
            }
            // a file already too large is refused before it is opened; the read is bounded as well
            withinLimit(attributes.size(), name);
            try (InputStream in = Files.newInputStream(file)) {
                return bytes(in, name);
            }
        } catch (IOException failure) {
            throw new BcfParseException(name, "", -1, -1, failure instanceof NoSuchFileException
                    ? "no such file: " + file : failure instanceof AccessDeniedException
                    ? "permission denied: " + file : "cannot read the file: " + failure.getMessage());
        }
    }

    /**
     * The refusal for what stopped Jackson: nothing of the text is quoted when the document does not
     * begin as an object, and a character outside ASCII between values (a stray byte-order mark) is
     * named as itself rather than as the invalid UTF-8 Jackson takes it for.
     */
    private static BcfParseException refusal(String source, JsonParser p, JsonProcessingException failure,
            byte[] json, int start, boolean document) {
        if (document && !DocumentStart.beginsAsObjectOrBlank(json, start)) {
            return DocumentStart.notAnObject(source, json, start, null, ANY_DOCUMENT);
        }
        String original = failure instanceof WireException ? null : failure.getOriginalMessage();
        if (original != null && (original.startsWith("Invalid UTF-8") || nonAscii(original))) {
            BcfParseException stray = StrayCharacter.at(source, p == null ? "" : StrayCharacter.pointer(p), json,
                    start, failure.getLocation());
            if (stray != null) {
                return stray;
            }
        }
        return ParseFailures.translate(source, p, failure);
    }

    /** Whether Jackson's message is about an unexpected character outside ASCII. */
    private static boolean nonAscii(String original) {
        if (!original.startsWith("Unexpected character")) {
            return false;
        }
        Matcher m = CHARACTER_CODE.matcher(original);
        return m.find() && m.group(1).length() < 8 && Integer.parseInt(m.group(1)) >= 0x80;
    }

    private static String sourceName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static void close(JsonParser p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException ignored) {
                // a parser over bytes in memory has nothing to release
            }
        }
    }
}
