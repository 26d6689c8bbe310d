/**
 * The bcfkit wire format: JSON for quarterly returns, plans and pooled budgets, and the only
 * place in bcfkit that knows Jackson (a design principle: "Jackson stays inside bcf-json").
 *
 * <p>Start with {@link dev.bcfkit.json.BcfJson}: {@code BcfJson.strict().read(file,
 * QuarterlyReturn.class)}, {@code readDocument(file)} for whichever kind the file's
 * {@code "format"} names, and {@code write(document)}. A document that cannot be read is a
 * {@link dev.bcfkit.json.BcfParseException} with the file, JSON pointer, line and column.
 * {@link dev.bcfkit.json.BcfModule} gives an application's own {@code ObjectMapper} the same
 * shapes; {@link dev.bcfkit.json.DocumentFormat} names the formats and their JSON Schemas, which
 * ship in this jar under {@code dev/bcfkit/json/schema/}.
 *
 * <p><b>Stability: stable</b> for the wire format (a format's version changes when a reader
 * of the old one could not read it) and the reader's and writer's entry points;
 * <b>experimental</b> for the shape of {@code readDocument}'s result and the reader's notices.
 *
 * @since 0.1
 */
package dev.bcfkit.json;
