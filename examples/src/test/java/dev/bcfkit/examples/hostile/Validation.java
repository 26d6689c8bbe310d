package dev.bcfkit.examples.hostile;

import dev.bcfkit.core.BcfDocument;
import static dev.bcfkit.testkit.assertions.ReportAssert.assertThat;

import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The validator as every hostile test uses it: one instance, shared, and the check that a report on
 * a hostile document has no {@code RULE-FAILED} finding (a rule that threw, which would be a bug in
 * bcf-rules rather than a finding about the document).
 */
final class Validation {
    /** Hibernate Validator's start-up message would otherwise go to standard error; kept so the level sticks. */
    private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
    static final BcfValidator VALIDATOR = start();

    private Validation() {
    }

    private static BcfValidator start() {
        HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
        return BcfValidator.create();
    }

    /**
     * @param document any document the reader returns
     * @return its report, with no rule that failed
     */
    static Report validate(Object document) {
        Report report = VALIDATOR.validate((BcfDocument) document);
        // no rule may fail on a document the reader accepts
        return assertThat(report).hasNoFindingOf("RULE-FAILED").report();
    }
}
