package dev.bcfkit.rules.engine;

import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import dev.bcfkit.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The catalogue of every rule the library has, as the Markdown page {@code docs/RULES.md}:
 * one table of id, severity, editions, title, source and whether the rule is derived, generated
 * from the rule definitions ({@link Rulebook#catalogue()}) so that the page cannot drift from
 * the code. A test in {@code bcf-rules} compares the page with {@link #markdown()} and rewrites
 * it when run with {@code -Dbcf.regenerateRules=true}.
 */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    /**
     * @return the catalogue page, in Markdown, ending with a newline
     */
    public static String markdown() {
        List<Rule<?>> rules = Rulebook.catalogue();
        StringBuilder b = new StringBuilder();
        b.append("# bcfkit rule catalogue\n\n");
        b.append("Generated from the rule definitions by `dev.bcfkit.rules.engine.RuleCatalogue.markdown()`; do not edit.\n");
        b.append("Regenerate with `mvn -B -o -q -pl bcf-rules -am test -Dtest=RuleCatalogueTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dbcf.regenerateRules=true`.\n\n");
        b.append("Sources are cited as `[seed:line]`: `[002:1251]` is line 1251 of paper 002; the papers, their"
                + " titles and how to follow a citation are in [SOURCES.md](SOURCES.md), and the texts ship in"
                + " [papers/](papers/).\n\n");
        b.append("## Severity policy\n\n");
        b.append("Severity follows the strength of the source:\n\n"
                + "- **ERROR** only where a paper says *must*, *required* or *cannot* (or gives no cell to enter"
                + " something in), or where the template's own validation turns the cell red.\n"
                + "- **WARNING** where a paper says *should* or asks (\"please provide\"): a blank question or section"
                + " is an incomplete return, a WARNING and the checklist, never an ERROR by itself.\n"
                + "- **Derived** rules (not stated in the papers, but wanted by a board) are WARNING or INFO, never"
                + " ERROR, and their source says \"Derived\" and gives the reasoning. So is anything carried"
                + " over from the papers to a quarter, edition or tolerance they do not show: an ERROR rule the"
                + " papers show only for some quarters is a WARNING in the others, and its findings say so"
                + " (the severity column names where).\n"
                + "- **INFO** is for facts worth knowing that are not faults, such as a difference explained by"
                + " rounding.\n\n");
        b.append("## Rules\n\n");
        b.append("Rule ids are stable: downstream code may depend on them. A *derived* rule is not stated in the"
                + " papers but clearly wanted by users; its source says why. Besides these rules the validator"
                + " reports `SHAPE-VIOLATION` (ERROR: a model constraint, such as a missing condition or an"
                + " over-long text) and `RULE-FAILED` (ERROR: a rule failed unexpectedly; its findings are"
                + " missing).\n\n");
        b.append(rules.size()).append(" rules.\n\n");
        b.append("| id | severity | editions | title | source | derived |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Rule<?> r : rules) {
            b.append("| `").append(r.id()).append("` | ").append(cell(severity(r))).append(" | ")
                    .append(cell(r.editions().stream().map(RuleCatalogue::shortName).collect(Collectors.joining(", "))))
                    .append(" | ").append(cell(r.title())).append(" | ").append(cell(r.provenance())).append(" | ")
                    .append(r.derived() ? "yes" : "no").append(" |\n");
        }
        return b.toString();
    }

    /**
     * @param e an edition
     * @return its name in the catalogue: its label, such as "2016/17 quarterly return"
     */
    public static String shortName(Edition e) {
        return e.label();
    }

    /**
     * @param r a rule
     * @return its severity, and where the papers show it when it is a WARNING elsewhere, such as
     *     "ERROR (WARNING outside the Q2 2018/19 return [004], derived)"
     */
    public static String severity(Rule<?> r) {
        if (r.severity() != Severity.ERROR || r.statedOnlyIn() == null) {
            return r.severity().name();
        }
        return r.severity() + " (WARNING outside " + r.statedOnlyIn() + ", derived)";
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
