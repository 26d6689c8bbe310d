package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The requirements the papers state or imply, each traced to the rules that check it, as the
 * Markdown page {@code docs/REQUIREMENTS.md}. The requirements (id, what is required, the seed
 * lines that say so, what checks it besides the rules, and what a document's data cannot show)
 * are kept in {@code requirements.tsv} beside this class; the rules come from each rule's
 * {@link Rule#requirements()}, so the page cannot drift from the code. A test in
 * {@code bcf-rules} compares the page with {@link #markdown()}, rewrites it when run with
 * {@code -Dbcf.regenerateRules=true}, and fails when a requirement is checked by nothing.
 */
public final class RequirementCatalogue {
    private static final String RESOURCE = "requirements.tsv";

    private RequirementCatalogue() {
    }

    /**
     * A requirement of the papers.
     *
     * @param id the stable id, such as {@code R45}
     * @param text what is required, in a line
     * @param seedLines the lines of the papers that state it, such as {@code [002:1453]}
     * @param otherChecks what checks it besides the rules (a calculator, the checklist), or blank
     * @param dataLimit what a document's data cannot show of it, so how far the check goes, or blank
     */
    public record Requirement(String id, String text, String seedLines, String otherChecks, String dataLimit) {
        /** @throws NullPointerException if a component is null */
        public Requirement {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(seedLines, "seedLines");
            Objects.requireNonNull(otherChecks, "otherChecks");
            Objects.requireNonNull(dataLimit, "dataLimit");
        }
    }

    /** How far a requirement is checked. */
    public enum Status {
        /** Rules (or a named calculator or the checklist) check all the data can show. */
        CHECKED("checked"),
        /** Part of the requirement is a fact outside the document; the best check the data allows is made. */
        AS_FAR_AS_THE_DATA_ALLOWS("checked as far as the data allows"),
        /** Nothing checks it. */
        MISSING("missing");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** @return the status as the page prints it */
        public String label() {
            return label;
        }
    }

    /** @return every requirement, in id order, as kept in {@code requirements.tsv} */
    public static List<Requirement> requirements() {
        InputStream in = RequirementCatalogue.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the bcf-rules jar");
        }
        List<Requirement> list = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " has " + cells.length
                            + " tab-separated cells, not 5: " + line);
                }
                list.add(new Requirement(cells[0], cells[1], cells[2], cells[3], cells[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }

    /** @return for each requirement id, the ids of the national rules that declare it, in catalogue order */
    public static Map<String, List<String>> rulesByRequirement() {
        Map<String, List<String>> traced = new LinkedHashMap<>();
        for (Requirement r : requirements()) {
            traced.put(r.id(), new ArrayList<>());
        }
        for (Rule<?> rule : Rulebook.catalogue()) {
            for (String id : rule.requirements()) {
                traced.computeIfAbsent(id, k -> new ArrayList<>()).add(rule.id());
            }
        }
        traced.replaceAll((k, v) -> List.copyOf(v));
        return traced;
    }

    /**
     * @param requirement a requirement
     * @param rules the rules that declare it
     * @return how far it is checked
     */
    public static Status status(Requirement requirement, List<String> rules) {
        if (rules.isEmpty() && requirement.otherChecks().isBlank()) {
            return Status.MISSING;
        }
        return requirement.dataLimit().isBlank() ? Status.CHECKED : Status.AS_FAR_AS_THE_DATA_ALLOWS;
    }

    /** @return the page, in Markdown, ending with a newline */
    public static String markdown() {
        List<Requirement> requirements = requirements();
        Map<String, List<String>> traced = rulesByRequirement();
        StringBuilder b = new StringBuilder();
        b.append("# bcfkit requirements and the rules that check them\n\n");
        b.append("Generated by `dev.bcfkit.rules.engine.RequirementCatalogue.markdown()` from the requirement list"
                + " (`bcf-rules/src/main/resources/dev/bcfkit/rules/engine/requirements.tsv`) and each rule's"
                + " declared requirements; do not edit. Regenerate with `mvn -B -o -q -pl bcf-rules -am test"
                + " -Dtest=RequirementCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dbcf.regenerateRules=true`.\n\n");
        b.append("Each row is a requirement the papers state or imply, with the lines that state it (`[002:1453]` is"
                + " line 1453 of paper 002; see [SOURCES.md](SOURCES.md)). The rules are described in"
                + " [RULES.md](RULES.md). *Checked as far as the data allows* means part of the requirement is a"
                + " fact outside the document (a meeting held, a letter sent): the rules check the answer the"
                + " document records, and the last column says what they cannot see.\n\n");
        Map<Status, Long> counts = requirements.stream().collect(Collectors.groupingBy(
                r -> status(r, traced.get(r.id())), LinkedHashMap::new, Collectors.counting()));
        b.append(requirements.size()).append(" requirements: ");
        b.append(java.util.Arrays.stream(Status.values()).map(s -> counts.getOrDefault(s, 0L) + " " + s.label())
                .collect(Collectors.joining(", "))).append(".\n\n");
        b.append("| id | requirement | seed lines | rules | status | also checked by, and what the data cannot show |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Requirement r : requirements) {
            List<String> rules = traced.get(r.id());
            String notes = r.otherChecks();
            if (!r.dataLimit().isBlank()) {
                notes = (notes.isBlank() ? "" : notes + ". ") + "Outside the data: " + r.dataLimit();
            }
            b.append("| ").append(r.id()).append(" | ").append(cell(r.text())).append(" | ").append(cell(r.seedLines()))
                    .append(" | ").append(rules.isEmpty() ? "-" : rules.stream().map(id -> "`" + id + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(status(r, rules).label()).append(" | ").append(cell(notes)).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
