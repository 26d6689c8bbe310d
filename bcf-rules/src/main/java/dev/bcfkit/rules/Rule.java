package dev.bcfkit.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A business rule of the Better Care Fund: a stable id that downstream code may depend on (ids
 * never change once released), a title, a severity, the editions it applies to, its provenance
 * (the seed line and policy or template paragraph that says so) and a pure {@link Check}.
 * Rules are immutable and thread-safe.
 *
 * <p>Severity follows the strength of the source (see docs/RULES.md): ERROR only where a paper
 * says must, required or cannot, or the template's own validation turns the cell red; "should"
 * is a WARNING; a derived rule is never an ERROR. A rule the papers show only for some quarters
 * ({@link Builder#statedOnlyIn}) is at most a WARNING in the others, and its findings there say
 * so.
 *
 * <p><b>Stability:</b> stable API. {@link #on}, the {@link Builder}'s methods, {@link Check},
 * {@link Emitter} and {@link RuleContext} are how a council writes its own rules (added with
 * {@link BcfValidator#builder()} in a {@link RuleSet#local local rule set}, ids beginning
 * {@value RuleSet#LOCAL_PREFIX}); they change only compatibly within a major version. A rule that
 * is not correctly defined (an id that is not upper-case words joined by hyphens, no edition, no
 * title, severity, source or check, a derived ERROR) is refused by {@link Builder#check} with a
 * {@link BcfException} naming the rule.
 *
 * @param <T> the document type the rule judges
 * @since 0.1
 */
public final class Rule<T> {
    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)+");

    private final String id;
    private final String title;
    private final Severity severity;
    private final ImmutableSet<Edition> editions;
    private final String provenance;
    private final boolean derived;
    private final Class<T> documentType;
    private final Check<T> check;
    private final Predicate<RuleContext> stated;
    private final String statedWhere;
    private final ImmutableList<String> requirements;

    private Rule(String id, String title, Severity severity, Set<Edition> editions, String provenance,
            boolean derived, Class<T> documentType, Check<T> check, Predicate<RuleContext> stated,
            String statedWhere, List<String> requirements) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new BcfException("rule id must be upper-case words joined by hyphens: "
                    + (id == null ? "null" : Text.abbreviate(id)));
        }
        if (editions.isEmpty()) {
            throw new BcfException("rule " + id + " applies to no edition");
        }
        if (derived && severity == Severity.ERROR) {
            throw new BcfException("rule " + id + " is derived, so it cannot be an ERROR");
        }
        this.id = id;
        this.title = required(id, title, "title");
        this.severity = required(id, severity, "severity");
        this.editions = Sets.immutableEnumSet(editions);
        this.provenance = required(id, provenance, "source");
        this.derived = derived;
        this.documentType = required(id, documentType, "document type");
        this.check = required(id, check, "check");
        this.stated = stated;
        this.statedWhere = statedWhere;
        this.requirements = ImmutableList.copyOf(requirements);
    }

    private static <V> V required(String id, V value, String what) {
        if (value == null) {
            throw new BcfException("rule " + id + ": its " + what + " is required, found null");
        }
        return value;
    }

    /**
     * Starts a rule definition.
     *
     * @param documentType what the rule judges
     * @param id the stable id, such as {@code FIN-ANNUAL-EQUALS-POOLED}
     * @param <T> the document type
     * @return a builder
     */
    public static <T> Builder<T> on(Class<T> documentType, String id) {
        return new Builder<>(documentType, id);
    }

    /** @return the stable id */
    public String id() {
        return id;
    }

    /** @return a one-line title */
    public String title() {
        return title;
    }

    /** @return the severity of every finding this rule makes */
    public Severity severity() {
        return severity;
    }

    /**
     * The severity of this rule's findings in a context: {@link #severity()} where the papers
     * state the rule, and at most WARNING where the rule is carried over to a quarter the papers
     * do not show ({@link Builder#statedOnlyIn}).
     *
     * @param context the context a document is judged in
     * @return the severity of the findings made in it
     */
    public Severity severityIn(RuleContext context) {
        if (stated == null || severity != Severity.ERROR || stated.test(context)) {
            return severity;
        }
        return Severity.WARNING;
    }

    /**
     * @return where the papers show the rule, such as "the Q2 2018/19 template [004]", or null if
     *     they show it wherever the rule applies
     */
    public String statedOnlyIn() {
        return statedWhere;
    }

    /**
     * The requirements this rule checks, by the ids of the catalogue in docs/REQUIREMENTS.md (such
     * as {@code R45}); empty for a rule that traces to none, such as a council's local rule.
     *
     * @return the requirement ids, in the order declared
     */
    public ImmutableList<String> requirements() {
        return requirements;
    }

    /** @return the editions the rule applies to */
    public ImmutableSet<Edition> editions() {
        return editions;
    }

    /** @return where the rule comes from: seed line and paragraph, such as "[002:1251] I&amp;E guidance" */
    public String provenance() {
        return provenance;
    }

    /**
     * @return whether the rule is derived (not stated in the papers, but clearly wanted by users);
     *     its provenance says why
     */
    public boolean derived() {
        return derived;
    }

    /** @return the document type the rule judges */
    public Class<T> documentType() {
        return documentType;
    }

    /**
     * Runs the rule.
     *
     * @param document the document
     * @param context the context
     * @param sink receives each finding
     */
    public void check(T document, RuleContext context, Consumer<Finding> sink) {
        Severity in = severityIn(context);
        String carriedOver = in == severity ? "" : " (derived: the papers show this check only in " + statedWhere
                + ", so elsewhere it is a warning)";
        check.run(document, context, (path, message) -> sink.accept(new Finding(id, in, path, message + carriedOver,
                provenance)));
    }

    /**
     * Runs the rule's logic with an emitter of the caller's, such as one that bounds the findings.
     *
     * @param document the document
     * @param context the context
     * @param emitter receives each finding's path and message
     */
    void run(T document, RuleContext context, Emitter emitter) {
        check.run(document, context, emitter);
    }

    @Override
    public String toString() {
        return id + " (" + severity + "): " + title;
    }

    /**
     * Builds a {@link Rule}.
     *
     * @param <T> the document type
     */
    public static final class Builder<T> {
        private final Class<T> documentType;
        private final String id;
        private String title;
        private Severity severity;
        private Set<Edition> editions;
        private String provenance;
        private boolean derived;
        private Predicate<RuleContext> stated;
        private String statedWhere;
        private List<String> requirements = List.of();

        private Builder(Class<T> documentType, String id) {
            this.documentType = documentType;
            this.id = id;
        }

        /**
         * @param title a one-line title
         * @return this builder
         */
        public Builder<T> title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param severity the severity
         * @return this builder
         */
        public Builder<T> severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /**
         * @param first an edition the rule applies to
         * @param rest further editions
         * @return this builder
         */
        public Builder<T> editions(Edition first, Edition... rest) {
            this.editions = EnumSet.of(first, rest);
            return this;
        }

        /**
         * @param editions the editions the rule applies to
         * @return this builder
         */
        public Builder<T> editions(Set<Edition> editions) {
            this.editions = EnumSet.copyOf(editions);
            return this;
        }

        /**
         * @param provenance seed line and paragraph, such as "[002:1251] 2016/17 guidance: planned totals equal the pooled budget"
         * @return this builder
         */
        public Builder<T> source(String provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * Marks the rule as derived: not stated in the papers but clearly wanted; the provenance says why.
         *
         * @return this builder
         */
        public Builder<T> derived() {
            this.derived = true;
            return this;
        }

        /**
         * Says where the papers show the rule: elsewhere (another quarter of the edition) an ERROR
         * rule's findings are WARNINGs, marked derived in their message.
         *
         * @param where whether the papers show the rule for a context
         * @param description where that is, such as "the Q2 2018/19 template [004]"
         * @return this builder
         */
        public Builder<T> statedOnlyIn(Predicate<RuleContext> where, String description) {
            this.stated = Objects.requireNonNull(where, "where");
            this.statedWhere = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Declares the requirements the rule checks (docs/REQUIREMENTS.md is generated from them).
         *
         * @param ids requirement ids such as {@code "R45"}
         * @return this builder
         */
        public Builder<T> requirements(String... ids) {
            for (String requirement : ids) {
                if (requirement == null || requirement.isBlank()) {
                    throw new BcfException("rule " + id + ": a requirement id must not be blank");
                }
            }
            this.requirements = List.of(ids);
            return this;
        }

        /**
         * Ends the definition with the rule's logic.
         *
         * @param check the rule's logic
         * @return the rule
         * @throws BcfException if the rule is not correctly defined, naming the rule and what is wrong
         */
        public Rule<T> check(Check<T> check) {
            return new Rule<>(id, title, severity, editions == null ? EnumSet.noneOf(Edition.class) : editions,
                    provenance, derived, documentType, check, stated, statedWhere, requirements);
        }
    }
}
