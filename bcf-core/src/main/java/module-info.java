/**
 * The bcfkit domain model: immutable records of the Better Care Fund's plans, quarterly returns
 * and pooled budgets, and the values they are made of. No logic beyond derived values; the rules
 * are in {@code dev.bcfkit.rules}, the wire format in {@code dev.bcfkit.json}.
 *
 * <p>The records carry Jakarta Bean Validation constraints (a text's length, a required name),
 * so the constraint annotations are part of the API: {@code requires transitive
 * jakarta.validation}. The model's packages are opened to Hibernate Validator only, which reads
 * the records' fields to judge those constraints in {@code dev.bcfkit.rules}; nothing else gets
 * reflective access.
 *
 * @since 0.1
 */
// "module": Hibernate Validator is not a dependency of this module, so javac cannot find the
// module the model is opened to and would warn; at run time bcf-rules brings it.
@SuppressWarnings("module")
module dev.bcfkit.core {
    requires transitive jakarta.validation;
    // Nullness annotations in the API (JSpecify recommends `requires static transitive`: needed to
    // compile against the model, optional at run time).
    requires static transitive org.jspecify;

    exports dev.bcfkit.core;
    exports dev.bcfkit.core.funding;
    exports dev.bcfkit.core.metrics;
    exports dev.bcfkit.core.outcomes;
    exports dev.bcfkit.core.plan;
    exports dev.bcfkit.core.returns;

    opens dev.bcfkit.core to org.hibernate.validator;
    opens dev.bcfkit.core.funding to org.hibernate.validator;
    opens dev.bcfkit.core.metrics to org.hibernate.validator;
    opens dev.bcfkit.core.outcomes to org.hibernate.validator;
    opens dev.bcfkit.core.plan to org.hibernate.validator;
    opens dev.bcfkit.core.returns to org.hibernate.validator;
}
