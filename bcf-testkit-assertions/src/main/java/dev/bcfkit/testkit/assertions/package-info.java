/**
 * Fluent assertions on a validation {@link dev.bcfkit.rules.Report}, for bcfkit's own tests and
 * downstream ones: {@link dev.bcfkit.testkit.assertions.ReportAssert#assertThat(dev.bcfkit.rules.Report)}
 * states what a report must say, such as
 * {@code assertThat(report).hasError("FIN-ANNUAL-EQUALS-POOLED").at("/incomeAndExpenditure/income/plan/annualTotal")},
 * and a failure lists the report's actual findings (rule id, severity, path, message) so the test
 * output shows what the report said instead. A failure is a plain {@link java.lang.AssertionError}:
 * no test framework is needed.
 *
 * <p>Stability: the entry point and the assertions are the API; the wording of failure messages may
 * change.
 */
package dev.bcfkit.testkit.assertions;
