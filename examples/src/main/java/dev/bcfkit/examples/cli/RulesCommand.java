package dev.bcfkit.examples.cli;

import dev.bcfkit.core.Edition;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.Rulebook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code bcf rules}: the rule catalogue: each rule's stable id, severity, the editions it applies
 * to, its title and the paragraph of the papers it comes from (a design principle: "Rules are
 * pure ... Each rule has a stable id"). Does not start the validator.
 */
final class RulesCommand extends OptionCommand {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String summary() {
        return "list the rule catalogue, optionally for one edition";
    }

    @Override
    public String help() {
        return """
                Usage: bcf rules [--edition E] [--format text|json]

                Lists every rule: id, severity, editions, title and source (the paragraph of the
                papers it comes from, such as [002:1251]; "derived" marks a rule the library derives
                rather than quotes). With --edition, only the rules of that edition. E is a constant
                name or a friendly form:
                """ + "  " + EditionNames.known() + "\n"
                + "and also 2016-17, 16/17, plan, pooled-budget.\n";
    }

    @Override
    Options options() {
        return Options.none().value("edition").value("format");
    }

    @Override
    int execute(Arguments args, Streams io) {
        noPositionals(args);
        boolean json = json(args);
        String editionText = args.value("edition");
        Edition edition = editionText == null ? null : EditionNames.parse(name(), editionText);
        List<Rule<?>> rules = Rulebook.catalogue().stream()
                .filter(r -> edition == null || r.editions().contains(edition)).toList();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Rule<?> r : rules) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("severity", r.severity().name());
                m.put("editions", r.editions().stream().map(e -> (Object) e.name()).toList());
                m.put("title", r.title());
                m.put("source", r.provenance());
                m.put("derived", r.derived());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("edition", edition == null ? null : edition.name());
            root.put("rules", list);
            io.out().println(JsonText.write(root));
            return 0;
        }
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        List<String> editions = rules.stream().map(RulesCommand::editions).toList();
        int editionWidth = editions.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            Rule<?> r = rules.get(i);
            b.append(String.format("%-" + idWidth + "s  %-7s  %-" + editionWidth + "s  %s  %s%s%n", r.id(),
                    r.severity(), editions.get(i), Terminal.oneLine(r.title()), Terminal.oneLine(r.provenance()),
                    r.derived() ? " (derived)" : ""));
        }
        io.out().print(b);
        return 0;
    }

    private static String editions(Rule<?> rule) {
        return rule.editions().stream().sorted().map(EditionNames::shortName).collect(Collectors.joining(","));
    }
}
