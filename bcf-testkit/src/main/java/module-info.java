/**
 * jqwik arbitraries, defect injectors and the seed documents for property tests of code that
 * uses bcfkit. Its API returns jqwik's {@code Arbitrary} and the model's records, so both
 * {@code net.jqwik.api} and {@code dev.bcfkit.core} are required transitively. The
 * {@code @ForAll} provider is registered as a jqwik {@code ArbitraryProvider} service, and the
 * printer of failing samples ({@code BcfSampleFormat}) as a {@code SampleReportingFormat}.
 *
 * @since 0.1
 */
module dev.bcfkit.testkit {
    requires transitive dev.bcfkit.core;
    requires transitive net.jqwik.api;

    exports dev.bcfkit.testkit;
    exports dev.bcfkit.testkit.seeds;

    provides net.jqwik.api.providers.ArbitraryProvider with dev.bcfkit.testkit.BcfArbitraryProvider;
    provides net.jqwik.api.SampleReportingFormat with dev.bcfkit.testkit.BcfSampleFormat;
}
