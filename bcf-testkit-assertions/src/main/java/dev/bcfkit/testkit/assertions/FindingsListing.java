package dev.bcfkit.testkit.assertions;

import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Severity;

/**
 * The report's findings as a failed assertion shows them: a heading with the edition, period and
 * counts, then one line a finding (severity, rule id, path, message), bounded so that a report of
 * thousands of findings, or a message quoting a huge hostile value, still gives a readable failure.
 * Control characters in paths and messages are escaped so each finding stays on its line.
 */
final class FindingsListing {
    /** How many findings a failure lists. */
    static final int MAX_FINDINGS = 25;
    /** How many characters of a message or path a failure shows. */
    static final int MAX_MESSAGE = 300;

    private FindingsListing() {
    }

    /**
     * @param report a report
     * @return its heading and findings, several lines
     */
    static String of(Report report) {
        StringBuilder b = new StringBuilder("the report (").append(report.edition().label());
        if (report.period() != null) {
            b.append(", ").append(report.period());
        }
        b.append(") has ").append(count(report.findings().size(), "finding"));
        if (report.findings().isEmpty()) {
            b.append('.');
        } else {
            b.append(" (").append(count(report.count(Severity.ERROR), "error")).append(", ")
                    .append(count(report.count(Severity.WARNING), "warning")).append(", ")
                    .append(report.count(Severity.INFO)).append(" information):");
        }
        int shown = Math.min(report.findings().size(), MAX_FINDINGS);
        for (int i = 0; i < shown; i++) {
            b.append("\n  ").append(line(report.findings().get(i)));
        }
        if (report.findings().size() > shown) {
            b.append("\n  ... and ").append(report.findings().size() - shown).append(" more");
        }
        if (report.isTruncated()) {
            b.append("\n  (the report itself left out ").append(count(report.omitted(), "further finding")).append(')');
        }
        return b.toString();
    }

    /**
     * @param f a finding
     * @return {@code ERROR   RULE-ID at "/path": message}
     */
    static String line(Finding f) {
        return String.format("%-7s %s at %s: %s", f.severity(), f.ruleId(), quote(f.path()), oneLine(cut(f.message())));
    }

    /**
     * @param text a path or message
     * @return it in double quotes, on one line, cut to {@link #MAX_MESSAGE}
     */
    static String quote(String text) {
        return "\"" + oneLine(cut(text)) + "\"";
    }

    /**
     * @param text any text
     * @return the text cut to {@link #MAX_MESSAGE} characters, saying how much was cut
     */
    static String cut(String text) {
        return text.length() <= MAX_MESSAGE ? text
                : text.substring(0, MAX_MESSAGE) + "... (" + (text.length() - MAX_MESSAGE) + " more characters)";
    }

    /**
     * @param text any text
     * @return the text with line breaks and other control characters written as {@code \n} or {@code \}{@code uXXXX}
     */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * @param severity a severity
     * @return "an" before ERROR and INFO, "a" before WARNING
     */
    static String article(Severity severity) {
        return severity == Severity.WARNING ? "a" : "an";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
