/**
 * The Better Care Fund's rules, calculators and the validator: {@code requires
 * dev.bcfkit.rules;} is all a consumer needs to validate the model's documents, since the model
 * ({@code dev.bcfkit.core}) is required transitively and Hibernate Validator, which judges the
 * model's Bean Validation constraints, is an implementation detail that no exported signature
 * shows. Guava ({@code com.google.common}) is required transitively: the API's immutable
 * collections are Guava's ({@code ImmutableList} of a report's findings and a rulebook's rules,
 * the RAG bands' {@code ImmutableRangeMap}), so that immutability shows in the signatures.
 *
 * <p>Exported: {@code dev.bcfkit.rules} (the validator, reports, findings and the API for a
 * council's own rules) and {@code dev.bcfkit.rules.calc} (the calculators). Every other package
 * (the rule families, the engine and the edition profiles) is internal.
 *
 * @since 0.1
 */
module dev.bcfkit.rules {
    requires transitive dev.bcfkit.core;
    requires transitive com.google.common;
    requires org.hibernate.validator;
    requires java.logging;

    exports dev.bcfkit.rules;
    exports dev.bcfkit.rules.calc;
}
