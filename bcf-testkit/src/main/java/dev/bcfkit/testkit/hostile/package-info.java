/**
 * The hostile corpus: some 130 small files, nearly all a sample document of the papers with one
 * hostile edit (truncated documents, wrong types, duplicate keys, polymorphic-typing attempts,
 * hostile numbers, deep nesting, wrong encodings, impossible dates, message templates in text,
 * collections one entry over their limit, files that are not JSON), and a manifest,
 * {@code expected.tsv}, that says what each must give: a refusal by the strict reader at a JSON
 * pointer, or a document the validator reports on with certain findings. bcfkit's own readers,
 * validator and command-line tool are tested against it, and a downstream system that accepts
 * uploaded files can feed it to its own entry point. {@link dev.bcfkit.testkit.hostile.HostileFile}
 * lists the files and reads them.
 *
 * <p>Stability: the files, their names and outcomes may grow between releases; an outcome changes
 * only when the reader's or validator's documented behaviour does.
 */
package dev.bcfkit.testkit.hostile;
