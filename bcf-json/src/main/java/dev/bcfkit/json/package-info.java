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
 * <h2>From bytes to a report in one pass</h2>
 * {@code readDocumentWithNotices} then {@code BcfValidator.validate(result.value(), result.shape())}
 * does each step once: the size is checked once (a file or stream is read no further than the
 * limit; bytes handed over are measured), the encoding once ({@code DocumentEncoding}), the text
 * is parsed once (the {@code "format"}, the first member as the writer writes it, is read on the
 * parser that then reads the rest; only a document whose format comes later is parsed up to it
 * first), the edition is resolved once by the reader (from a return's period, to decode its
 * condition codes) and once by the validator (from the document, {@code BcfDocument.edition()},
 * into the rule context every rule asks), and each constraint of the model is judged by one layer:
 *
 * <table>
 * <caption>Which layer judges each shape constraint</caption>
 * <tr><th>Constraint</th><th>Document read by {@code BcfJson}</th><th>Document built in code</th></tr>
 * <tr><td>{@code @NotNull} on what identifies a row and on every collection</td>
 *     <td>the reader refuses it ({@code missing "period"}, with the pointer)</td>
 *     <td>Bean Validation ({@code SHAPE-VIOLATION})</td></tr>
 * <tr><td>{@code @NotBlank} names</td>
 *     <td>the reader refuses a blank name; a blank name used as a map key is judged as below</td>
 *     <td>Bean Validation</td></tr>
 * <tr><td>{@code @Size} of texts (and of list entries), {@code @Pattern} (ONS code),
 *     {@code @PositiveOrZero}</td>
 *     <td>the reader judges them as it builds each record and refuses nothing: if all hold, the
 *     result's shape token vouches for the document and Bean Validation does not run; if one is broken, the shape
 *     is {@code UNJUDGED} and Bean Validation judges and reports every constraint, as for a
 *     document built in code (so the findings and their order are Bean Validation's own)</td>
 *     <td>Bean Validation</td></tr>
 * <tr><td>any other constraint a later model adds</td>
 *     <td>not judged by the reader: the shape is {@code UNJUDGED} and Bean Validation judges it</td>
 *     <td>Bean Validation</td></tr>
 * <tr><td>document size, nesting depth, number and text lengths, entries of each list and map,
 *     duplicate keys, closed lists, dates, money to the penny</td>
 *     <td>the reader refuses them ({@code Limits}, the wires)</td>
 *     <td>the model's types and constructors</td></tr>
 * </table>
 *
 * <p>A document read with {@code readDocument} (no result) or changed after reading is judged
 * by Bean Validation in full: {@code validate(document)} assumes nothing.
 *
 * <p><b>Stability: stable</b> for the wire format (a format's version changes when a reader
 * of the old one could not read it) and the reader's and writer's entry points;
 * <b>experimental</b> for the shape of {@code readDocument}'s result and the reader's notices.
 *
 * @since 0.1
 */
package dev.bcfkit.json;
