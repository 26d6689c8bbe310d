package dev.bcfkit.examples.cli;

import dev.bcfkit.core.BcfDocument;
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
     * @param read a document as the reader read it, with its notices and what the reader judged of
     *     its shape (so that the validator does not judge it again)
     * @return the report: the notices first, then the validator's findings
     */
    Report check(ReadResult<BcfDocument> read) {
        return ReaderFindings.with(validator().validate(read.value(), read.shape()), read.notices());
    }

    /**
     * Validates a document as read from a JSON file or a workbook: {@link #check(ReadResult)}, and
     * each of the workbook reader's notices as a WARNING first ({@link WorkbookFindings}).
     *
     * @param read a document as the reader read it
     * @param cells the cells it was read from, with the workbook reader's notices
     * @return the report
     */
    final Report check(ReadResult<BcfDocument> read, Cells cells) {
        return WorkbookFindings.with(check(read), cells);
    }

    /**
     * Validates the returns of one board and year together.
     *
     * @param series the returns
     * @return the series' report
     */
    Report checkSeries(dev.bcfkit.core.returns.ReturnSeries series) {
        return validator().validate(series);
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
