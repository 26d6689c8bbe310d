package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The most entries a list or map of the model may have ({@link Limits#maxEntries(Class, String)}),
 * and the refusal of one that has more: the rest of the collection is skipped and counted (linear,
 * nothing kept), and the refusal names the collection's JSON pointer, the count and the limit, at
 * the line and column where the collection starts ("at least" the count when the rest cannot be
 * counted, being broken or beyond another limit). The pointer is built once, for the refusal.
 */
final class EntryLimit {
    /** The bound of a collection that {@link Limits#ENTRIES} does not name. */
    static final EntryLimit DEFAULT = new EntryLimit(Limits.DEFAULT_MAX_ENTRIES);

    private final int most;

    /** @param most the most entries */
    EntryLimit(int most) {
        this.most = most;
    }

    /** @return the most entries */
    int most() {
        return most;
    }

    /**
     * Skips the rest of a collection that has one entry too many and refuses it.
     *
     * @param p the parser, on the first entry too many (a value in a list, a property name in a map)
     * @param start where the collection starts
     * @param kind "list" or "map"
     * @return never returns normally
     * @throws IOException ({@link WireException}) always
     */
    WireException refuse(JsonParser p, JsonLocation start, String kind) throws IOException {
        // The collection's own context: on an entry that starts an object or list, the parser is
        // already in that entry's context.
        JsonStreamContext collection = p.getParsingContext();
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            collection = collection.getParent();
        }
        String pointer = collection.getParent() == null ? "" : collection.getParent().pathAsPointer().toString();
        long count = most;
        String counted = "";
        JsonToken end = kind.equals("list") ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
        try {
            for (JsonToken t = p.currentToken(); t != end && t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    p.nextToken();
                }
                p.skipChildren();
                count++;
                ReaderWork.add(1);
            }
        } catch (JsonProcessingException stoppedCounting) {
            // the rest is broken or beyond another limit (such as names built to collide in
            // Jackson's symbol table): the size is the first problem, and this much is known of it
            counted = "at least ";
        }
        return WireException.at(p, pointer, start, "the " + kind + " has " + counted + count
                + " entries, more than the reader allows here (at most " + most + ")");
    }
}
