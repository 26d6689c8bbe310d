package dev.bcfkit.rules.kit;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The ERROR findings of a report, for assertions that print them when they fail. */
final class Errors {
    private Errors() {
    }

    static List<Finding> of(Report report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    static Set<String> ruleIds(Report report) {
        return of(report).stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    static String describe(Report report) {
        return of(report).stream().map(Finding::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
