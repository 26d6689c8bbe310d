/**
 * A consumer of bcfkit on the module path, as a council's own module would be: it requires the
 * rules and the wire format and nothing else. That it compiles proves that {@code
 * dev.bcfkit.rules} and {@code dev.bcfkit.json} re-export the model; that it runs proves that
 * Jackson and Hibernate Validator come along as modules without being named here.
 */
module dev.bcfkit.consumer {
    requires dev.bcfkit.rules;
    requires dev.bcfkit.json;
}
