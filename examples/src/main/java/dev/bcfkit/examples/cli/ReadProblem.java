package dev.bcfkit.examples.cli;

/**
 * One problem the reader found in a document it could not read: the tool's one-line message
 * (line, column, pointer and what, without the file's name) and the place, for
 * {@code check --format json}. The reader reports every problem it can read past in one pass, at
 * most {@value dev.bcfkit.json.BcfParseException#MAX_PROBLEMS}.
 *
 * @param message what went wrong and where, on one line
 * @param line the line, from 1; 0 when not known
 * @param column the column, from 1; 0 when not known
 * @param pointer the JSON pointer; null when not known
 */
record ReadProblem(String message, int line, int column, String pointer) {
}
