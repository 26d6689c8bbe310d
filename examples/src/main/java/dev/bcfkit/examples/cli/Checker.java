package dev.bcfkit.examples.cli;

import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.ReadResult;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Report;

/**
 * Validates a document with the rulebook of its edition. The validator (and with it Hibernate
 * Validator) is created on the first document checked, so commands that check nothing never
 * start it. Not final, so that tests can stand in a checker that exhausts memory or never ends.
 */
class Checker {
    private BcfValidator validator;

    /**
     * Validates a document as read, and reports each of the reader's notices as a WARNING beside
     * the validator's findings ({@link ReaderFindings}).
     *
     * @param read a {@code QuarterlyReturn}, {@code Plan} or {@code PooledBudget} and the reader's notices
     * @return the report: the notices first, then the validator's findings
     * @throws UnreadableDocument for any other kind of value
     */
    final Report check(ReadResult<Object> read) {
        return ReaderFindings.with(check(read.value()), read.notices());
    }

    /**
     * @param document a {@code QuarterlyReturn}, {@code Plan} or {@code PooledBudget}
     * @return the validator's report
     * @throws UnreadableDocument for any other kind of value
     */
    Report check(Object document) {
        if (document instanceof QuarterlyReturn r) {
            return validator().validate(r);
        }
        if (document instanceof Plan p) {
            return validator().validate(p);
        }
        if (document instanceof PooledBudget b) {
            return validator().validate(b);
        }
        throw new UnreadableDocument("not a plan, quarterly return or pooled budget: "
                + (document == null ? "null" : document.getClass().getSimpleName()));
    }

    /** Creates the validator now, on the calling thread, rather than with the first document. */
    final void prepare() {
        validator();
    }

    private BcfValidator validator() {
        if (validator == null) {
            validator = BcfValidator.create();
        }
        return validator;
    }
}
