package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.bcfkit.core.Edition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader knows about the quarterly return it is inside: the edition, once the return's
 * {@code period} has been read, and the national condition codes met before that, to be resolved
 * against the edition when the return is complete. A JSON object's properties have no order, so
 * {@code nationalConditions} may come before {@code period}; the writer always puts the period
 * first.
 */
final class ReturnScope {
    private static final String ATTRIBUTE = ReturnScope.class.getName();

    private Edition edition;
    private final List<PendingCode> pending = new ArrayList<>();

    /**
     * A condition code read before the edition was known.
     *
     * @param code the code as written, such as {@code 3i}
     * @param pointer where it is
     * @param location where it starts
     */
    record PendingCode(String code, String pointer, JsonLocation location) {
    }

    /**
     * @param ctxt the reading context
     * @return the scope of the return being read, or null outside a return
     */
    static ReturnScope current(DeserializationContext ctxt) {
        return (ReturnScope) ctxt.getAttribute(ATTRIBUTE);
    }

    /**
     * Makes a scope current.
     *
     * @param ctxt the reading context
     * @param scope the scope, or null for none
     */
    static void enter(DeserializationContext ctxt, ReturnScope scope) {
        ctxt.setAttribute(ATTRIBUTE, scope);
    }

    /** @return the edition, or null while the period has not been read */
    Edition edition() {
        return edition;
    }

    /** @param edition the edition decided by the return's period */
    void edition(Edition edition) {
        this.edition = edition;
    }

    /** @param code a code to resolve once the edition is known */
    void defer(PendingCode code) {
        pending.add(code);
    }

    /** @return the codes read before the edition was known, in document order */
    List<PendingCode> pending() {
        return pending;
    }
}
