package dev.bcfkit.json;

/**
 * Something the reader accepted but a person should know, such as a closed-list value given as
 * the template prints it ("NEA" in the 2017-19 metrics table, {@code [000:208]}) rather than its
 * canonical label ("Non-Elective Admissions", {@code [002:1056]}). The value is read as the
 * canonical one; the notice says so, so that nothing is changed silently. Callers show it as a
 * WARNING with the rule id {@value #RULE_ID} beside the validator's findings (the CLI does).
 *
 * @param source the name of the input
 * @param pointer the JSON pointer of the value
 * @param line the line, from 1, or -1 if not known
 * @param column the column, from 1, or -1 if not known
 * @param message what was read and how, quoting the label found and the canonical one
 */
public record ReaderNotice(String source, String pointer, int line, int column, String message) {
    /** The rule id under which a notice is reported beside the validator's findings. */
    public static final String RULE_ID = "READ-LABEL-AS-PRINTED";

    /**
     * @return where the label is written ({@code [000:208]}, {@code [002:792]} and the other
     *     template lines the reader's table cites), for a finding's source
     */
    public static String provenance() {
        return "the labels the templates print beside the canonical ones: [000:208-213], [002:792-800], [004:57-60],"
                + " [000:222-233]";
    }

    @Override
    public String toString() {
        return source + ": " + pointer + ": " + message + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
    }
}
