package dev.bcfkit.core;

import java.lang.invoke.MethodHandles;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a document's shape, the model's Jakarta Bean Validation constraints (a
 * condition row names its condition, a name is not blank, a text is at most so long), when it
 * reaches a validator: an opaque token. Each constraint is judged once: a document built in code
 * comes with {@link #UNJUDGED} and the validator's Bean Validation judges every constraint; a
 * document as the strict reader read it, with every constraint judged as its records were built
 * and none broken, comes with a token that {@linkplain #vouchesFor vouches for} that very document
 * instance (and carries the edition the reader resolved for it, so that it is resolved once), and
 * the validator does not judge the constraints again. The reader hands the token out (its
 * {@code ReadResult.shape()}); a caller passes it on unchanged.
 *
 * <p>The token cannot be forged: only the reader mints one that vouches for a document
 * ({@link #minter}), and a token vouches for nothing but the one instance the reader built, so
 * passing it with another document, or with a copy changed in code, is the same as passing
 * {@link #UNJUDGED}.
 *
 * @since 0.1
 */
public final class Shape {
    /** Not judged yet: the validator judges every constraint (Bean Validation). */
    public static final Shape UNJUDGED = new Shape(null, null);

    /** The one class that may mint tokens that vouch for a document: the strict reader's. */
    private static final String READER = "dev.bcfkit.json.DocumentProblems";

    private final @Nullable BcfDocument document;
    private final @Nullable Edition edition;

    private Shape(@Nullable BcfDocument document, @Nullable Edition edition) {
        this.document = document;
        this.edition = edition;
    }

    /**
     * Whether this token vouches for the shape of {@code candidate}: the reader judged every
     * constraint of this very instance (compared by identity, not by value) as it built it, and
     * none is broken.
     *
     * @param candidate a document
     * @return true only for the instance the reader built and found whole
     */
    public boolean vouchesFor(BcfDocument candidate) {
        return document != null && document == candidate;
    }

    /**
     * The edition the reader resolved for the document this token vouches for.
     *
     * @param candidate the document
     * @return the edition, or null if this token does not {@linkplain #vouchesFor vouch for} it
     */
    public @Nullable Edition editionOf(BcfDocument candidate) {
        return vouchesFor(candidate) ? edition : null;
    }

    /**
     * The minter of tokens that vouch for documents, for the strict reader only: {@code reader}
     * must be a lookup with full privilege access made by the reader's own class (only that
     * class's code can make one) and loaded by the same class loader as this class.
     *
     * @param reader the reader's own {@code MethodHandles.lookup()}
     * @return the minter
     * @throws BcfException for any other lookup
     */
    public static Minter minter(MethodHandles.Lookup reader) {
        Objects.requireNonNull(reader, "reader");
        Class<?> caller = reader.lookupClass();
        if (!reader.hasFullPrivilegeAccess() || !caller.getName().equals(READER)
                || caller.getClassLoader() != Shape.class.getClassLoader()) {
            throw new BcfException("reader: only bcfkit's strict reader vouches for a document's shape, found "
                    + caller.getName());
        }
        return new Minter();
    }

    @Override
    public String toString() {
        return document == null ? "UNJUDGED" : "HELD by the reader for " + document.kind() + " " + edition;
    }

    /** Mints the tokens of documents the strict reader judged whole; only {@link #minter} makes one. */
    public static final class Minter {
        private Minter() {
        }

        /**
         * A token that vouches for one document instance.
         *
         * @param document the document the reader built, every constraint judged and held
         * @param edition the edition the reader resolved for it
         * @return the token
         * @throws NullPointerException if an argument is null
         */
        public Shape held(BcfDocument document, Edition edition) {
            return new Shape(Objects.requireNonNull(document, "document"), Objects.requireNonNull(edition, "edition"));
        }
    }
}
