/**
 * The bcfkit domain model (see the package {@code dev.bcfkit.core}). A named module so that
 * {@link dev.bcfkit.core.BcfDocument} can be sealed over documents in other packages.
 */
module dev.bcfkit.core {
    requires transitive jakarta.validation;

    exports dev.bcfkit.core;
    exports dev.bcfkit.core.funding;
    exports dev.bcfkit.core.metrics;
    exports dev.bcfkit.core.plan;
    exports dev.bcfkit.core.returns;
}
