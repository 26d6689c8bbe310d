/**
 * Fluent assertions on a bcfkit {@code Report}, for the tests of projects that validate BCF
 * documents: {@code ReportAssert.assertThat(report).hasError("FIN-ANNUAL-EQUALS-SUM").at(...)}.
 * The report's types come from {@code dev.bcfkit.rules}, which this module requires transitively.
 */
module dev.bcfkit.testkit.assertions {
    requires transitive dev.bcfkit.rules;

    exports dev.bcfkit.testkit.assertions;
}
