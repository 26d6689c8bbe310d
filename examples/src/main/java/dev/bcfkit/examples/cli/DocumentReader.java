package dev.bcfkit.examples.cli;

import dev.bcfkit.json.ReadResult;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the documents named on the command line with bcf-json's strict reader: a path, or
 * {@code -} for standard input (once). Jackson is loaded only when the first document is read.
 * Every failure becomes an {@link UnreadableDocument} with a one-line message; a parse failure
 * names the line, the column and the JSON pointer of every problem the reader found. What the
 * reader accepted but a person should know comes back with the document as its notices.
 */
final class DocumentReader {
    /** The most bytes read from a file or standard input: bcf-json's own limit (8 MiB). */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** How standard input is named in messages and output. */
    static final String STDIN = "<stdin>";

    private final InputStream stdin;
    private BcfJson json;
    private boolean stdinRead;

    /**
     * @param stdin standard input, read for a file argument of {@code -}
     */
    DocumentReader(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * @param arg a file argument
     * @return how the file is named in output: the path as given, or {@code <stdin>} for {@code -}
     */
    static String displayName(String arg) {
        return arg.equals("-") ? STDIN : Terminal.oneLine(arg);
    }

    /**
     * Reads and parses one document.
     *
     * @param arg a path, or {@code -} for standard input
     * @return the document ({@code QuarterlyReturn}, {@code Plan} or {@code PooledBudget}), with the
     *     reader's notices and what it judged of its shape
     * @throws UnreadableDocument if it cannot be read or is not a valid document
     */
    ReadResult<BcfDocument> read(String arg) {
        return parse(arg, bytes(arg));
    }

    /**
     * Reads the bytes of one document, at most {@link #MAX_BYTES} plus one: standard input for
     * {@code -}, otherwise a regular file. A FIFO, a device such as {@code /dev/zero}, a socket
     * or a directory is refused without being opened, so the tool never blocks or reads without
     * end (give such input as {@code - < /dev/...} if it is really meant).
     *
     * @param arg a path, or {@code -} for standard input
     * @return the bytes
     * @throws UnreadableDocument if they cannot be read or are too many
     */
    byte[] bytes(String arg) {
        return arg.equals("-") ? readStdin() : readFile(arg);
    }

    /**
     * Parses the bytes of one document.
     *
     * @param arg the file argument the bytes were read from, for messages
     * @param bytes the bytes
     * @return the document ({@code QuarterlyReturn}, {@code Plan} or {@code PooledBudget}), with the
     *     reader's notices and what it judged of its shape
     * @throws UnreadableDocument if they are not a valid document
     */
    ReadResult<BcfDocument> parse(String arg, byte[] bytes) {
        try {
            return json().readDocumentWithNotices(bytes, displayName(arg));
        } catch (BcfParseException e) {
            throw new UnreadableDocument(ParseMessages.problems(e));
        }
    }

    /** Loads the JSON reader now, on the calling thread, rather than with the first document. */
    void prepare() {
        json();
    }

    private BcfJson json() {
        if (json == null) {
            json = BcfJson.strict();
        }
        return json;
    }

    private byte[] readStdin() {
        if (stdinRead) {
            throw new UnreadableDocument("standard input was already read (give - only once)");
        }
        stdinRead = true;
        try {
            byte[] bytes = stdin.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableDocument("cannot read standard input: " + Terminal.oneLine(e.getMessage()));
        }
    }

    private static byte[] readFile(String arg) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new UnreadableDocument("not a valid path");
        }
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableDocument("is a directory, not a JSON document");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new UnreadableDocument("not a regular file (a FIFO, device or socket); give a file, or - to"
                        + " read standard input");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge();
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableDocument("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableDocument("permission denied");
        } catch (IOException e) {
            throw new UnreadableDocument("cannot read: " + Terminal.oneLine(e.getMessage()));
        }
    }

    private static UnreadableDocument tooLarge() {
        return new UnreadableDocument("larger than " + MAX_BYTES + " bytes (8 MiB), the most a BCF document may be");
    }
}
