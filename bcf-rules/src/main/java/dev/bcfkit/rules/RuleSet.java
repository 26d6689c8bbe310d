package dev.bcfkit.rules;

import com.google.common.collect.ImmutableList;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A council's own rules, added to the national ones with
 * {@link BcfValidator.Builder#addRules(RuleSet)}: checks of a local metric, a local sign-off
 * policy, anything the board wants held to beyond the Better Care Fund's national rules.
 *
 * <p>A local rule set has a name (lower-case words joined by hyphens, such as
 * {@code southend-adult-social-care}) that every finding of its rules carries
 * ({@link Finding#ruleSet()}), and its rule ids begin with {@value #LOCAL_PREFIX}, a prefix no
 * national rule id ever uses, so a local id can never clash with a national one, today's or a
 * later release's. The library's own rules are the rule set {@value #NATIONAL}.
 *
 * <p><b>Stability:</b> stable API. Rule sets are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleSet {
    /** The name of the library's own rule set, the national Better Care Fund rules. */
    public static final String NATIONAL = "national";

    /** The prefix of every local rule id; no national rule id begins with it. */
    public static final String LOCAL_PREFIX = "LOCAL-";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_NAME = 60;

    private final String name;
    private final ImmutableList<Rule<?>> rules;

    private RuleSet(String name, List<Rule<?>> rules) {
        this.name = name;
        this.rules = ImmutableList.copyOf(rules);
    }

    /**
     * A council's local rule set.
     *
     * @param name its name, lower-case words joined by hyphens such as {@code southend-local}; not
     *     {@value #NATIONAL}
     * @param rules its rules, each with an id beginning {@value #LOCAL_PREFIX}, each id once
     * @return the rule set
     * @throws BcfException if the name is not such a name, a rule is null, an id does not begin
     *     {@value #LOCAL_PREFIX}, or two rules share an id; the message names the rule set and the id
     */
    public static RuleSet local(String name, List<? extends Rule<?>> rules) {
        if (name == null || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new BcfException("rule set name: expected lower-case words joined by hyphens, such as"
                    + " \"southend-local\", at most " + MAX_NAME + " characters, found "
                    + (name == null ? "null" : "\"" + Text.abbreviate(name) + "\""));
        }
        if (NATIONAL.equals(name)) {
            throw new BcfException("rule set name: \"" + NATIONAL + "\" is the library's own rule set; give yours"
                    + " a name of its own, such as the council's");
        }
        if (rules == null) {
            throw new BcfException("rule set \"" + name + "\": expected a list of rules, found null");
        }
        Set<String> ids = new HashSet<>();
        List<Rule<?>> copy = new ArrayList<>();
        for (Rule<?> rule : rules) {
            if (rule == null) {
                throw new BcfException("rule set \"" + name + "\": rule " + (copy.size() + 1) + " is null");
            }
            if (!rule.id().startsWith(LOCAL_PREFIX)) {
                throw new BcfException("rule set \"" + name + "\": the rule id \"" + rule.id() + "\" must begin with \""
                        + LOCAL_PREFIX + "\", so that it can never clash with a national rule id");
            }
            if (!ids.add(rule.id())) {
                throw new BcfException("rule set \"" + name + "\": two rules share the id \"" + rule.id() + "\"");
            }
            copy.add(rule);
        }
        return new RuleSet(name, copy);
    }

    /**
     * A council's local rule set.
     *
     * @param name as for {@link #local(String, List)}
     * @param rules as for {@link #local(String, List)}
     * @return the rule set
     * @throws BcfException as {@link #local(String, List)} does, or if the array is null
     */
    public static RuleSet local(String name, Rule<?>... rules) {
        return local(name, rules == null ? null : Arrays.asList(rules));
    }

    /** @return the name its findings carry */
    public String name() {
        return name;
    }

    /** @return its rules, in the order given; an unmodifiable list */
    public ImmutableList<Rule<?>> rules() {
        return rules;
    }

    /**
     * The rules that judge a document of a type in an edition, in the order given.
     *
     * @param type the document's class
     * @param edition the edition it is judged in
     * @param <T> the document type
     * @return the rules
     */
    @SuppressWarnings("unchecked")
    <T> List<Rule<T>> rulesFor(Class<?> type, Edition edition) {
        List<Rule<T>> applicable = new ArrayList<>();
        for (Rule<?> rule : rules) {
            if (rule.documentType().isAssignableFrom(type) && rule.editions().contains(edition)) {
                applicable.add((Rule<T>) rule);
            }
        }
        return applicable;
    }

    @Override
    public String toString() {
        return "RuleSet " + name + " (" + rules.size() + (rules.size() == 1 ? " rule)" : " rules)");
    }
}
