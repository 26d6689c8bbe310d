package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Shape;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader found in one document that it could read past: unknown properties (strict
 * reader) and values outside a closed list, collected so that all of them are reported at once
 * ({@link BcfParseException#problems()}), at most {@value BcfParseException#MAX_PROBLEMS}; and
 * the {@link ReaderNotice notices} of labels read as the template prints them. One instance per
 * read, passed to the Jackson machinery as a reader attribute.
 */
final class DocumentProblems {
    /** The reader attribute under which the instance travels. */
    static final String ATTRIBUTE = DocumentProblems.class.getName();

    /**
     * The minter of shape tokens, made once with this class's own lookup; null in the rare setup
     * where bcf-core and bcf-json have different class loaders, and every document's shape is then
     * left to Bean Validation.
     */
    private static final Shape.Minter MINTER = minter();

    private final String source;
    private final List<BcfParseException.Problem> problems = new ArrayList<>();
    private final List<ReaderNotice> notices = new ArrayList<>();
    private boolean shapeHeld = true;
    private Edition edition;

    /** @param source the name of the input, for notices */
    DocumentProblems(String source) {
        this.source = source;
    }

    /**
     * @param ctxt the reading context
     * @return the document's collector, or null when the module is used outside {@link BcfJson}
     *     (each problem is then thrown at once, as Jackson expects)
     */
    static DocumentProblems of(DeserializationContext ctxt) {
        Object found = ctxt.getAttribute(ATTRIBUTE);
        return found instanceof DocumentProblems problems ? problems : null;
    }

    /**
     * Keeps a problem the reader can read past, or throws it when there is no collector or the
     * collector is full.
     *
     * @param ctxt the reading context
     * @param problem the problem
     * @throws WireException the problem, when it cannot be kept
     */
    static void keep(DeserializationContext ctxt, WireException problem) throws WireException {
        DocumentProblems problems = of(ctxt);
        if (problems == null || problems.problems.size() >= BcfParseException.MAX_PROBLEMS - 1) {
            throw problem;
        }
        problems.problems.add(entry(problem.pointer(), problem.getLocation(), problem.plainMessage()));
    }

    /**
     * Notes a value read under another label than its canonical one.
     *
     * @param ctxt the reading context
     * @param pointer where the value is
     * @param location where it starts
     * @param message what was read and how
     */
    static void notice(DeserializationContext ctxt, String pointer, JsonLocation location, String message) {
        DocumentProblems problems = of(ctxt);
        if (problems != null) {
            BcfParseException.Problem p = entry(pointer, location, message);
            problems.notices.add(new ReaderNotice(problems.source, p.pointer(), p.line(), p.column(), message));
        }
    }

    private static BcfParseException.Problem entry(String pointer, JsonLocation location, String message) {
        return new BcfParseException.Problem(pointer, location == null ? -1 : location.getLineNr(),
                location == null ? -1 : location.getColumnNr(), message);
    }

    /**
     * Notes that a record of the document breaks a constraint of the model, or has one the reader
     * does not judge ({@link ShapeScreen}): the document's shape is then left to Bean Validation.
     *
     * @param ctxt the reading context
     */
    static void shapeUnjudged(DeserializationContext ctxt) {
        DocumentProblems problems = of(ctxt);
        if (problems != null) {
            problems.shapeHeld = false;
        }
    }

    /**
     * @param ctxt the reading context
     * @return how many problems the document's collector has kept so far; 0 without a collector
     */
    static int kept(DeserializationContext ctxt) {
        DocumentProblems problems = of(ctxt);
        return problems == null ? 0 : problems.problems.size();
    }

    /**
     * Notes the edition resolved for the document's top-level return, so that the validator does
     * not resolve it again ({@link Shape#editionOf}).
     *
     * @param ctxt the reading context
     * @param edition the edition
     */
    static void edition(DeserializationContext ctxt, Edition edition) {
        DocumentProblems problems = of(ctxt);
        if (problems != null) {
            problems.edition = edition;
        }
    }

    /** @return whether a problem was kept */
    boolean any() {
        return !problems.isEmpty();
    }

    /**
     * @param last the problem that stopped the reader, or null if it read to the end
     * @return the exception listing every problem kept, then the last one
     */
    BcfParseException exception(BcfParseException last) {
        if (problems.isEmpty() && last != null) {
            return last;
        }
        List<BcfParseException.Problem> all = new ArrayList<>(problems);
        if (last != null) {
            all.addAll(last.problems());
        }
        return new BcfParseException(last != null ? last.source() : source, all);
    }

    /**
     * @param value the value read
     * @param <T> its type
     * @return the value with the notices and the shape judgement
     */
    <T> ReadResult<T> result(T value) {
        return new ReadResult<>(value, notices(), shape(value));
    }

    /**
     * The token for a value read: one that vouches for this very document if the reader judged
     * every constraint of it and none is broken, else {@link Shape#UNJUDGED}. The edition is the
     * one the reader resolved for a return (from its period); a plan's or pooled budget's is the
     * one edition of its kind.
     */
    private Shape shape(Object value) {
        if (!shapeHeld || MINTER == null || !(value instanceof BcfDocument document)) {
            return Shape.UNJUDGED;
        }
        return MINTER.held(document, edition != null ? edition : document.edition());
    }

    private static Shape.Minter minter() {
        try {
            return Shape.minter(MethodHandles.lookup());
        } catch (BcfException refused) {
            return null;
        }
    }

    /** @return the notices in document order */
    List<ReaderNotice> notices() {
        return List.copyOf(notices);
    }
}
