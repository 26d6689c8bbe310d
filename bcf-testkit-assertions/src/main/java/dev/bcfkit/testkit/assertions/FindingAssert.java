package dev.bcfkit.testkit.assertions;

import dev.bcfkit.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assertions on the findings of one rule and severity that a {@link ReportAssert} found, narrowed
 * step by step: {@code .at(path)} keeps those at a JSON pointer, {@code .withMessage(text)} and
 * {@code .withMessageContaining(text)} those whose message says it. Each step fails if nothing is
 * left, and the failure lists the report's findings. {@link #and()} goes back to the report.
 */
public final class FindingAssert {
    private final ReportAssert report;
    private final String wanted;
    private final List<Finding> matching;

    FindingAssert(ReportAssert report, String wanted, List<Finding> matching) {
        this.report = report;
        this.wanted = wanted;
        this.matching = matching;
    }

    /**
     * Keeps the findings at a path.
     *
     * @param path a JSON pointer, such as {@code /incomeAndExpenditure/income/plan/q3}, or {@code ""}
     *     for the whole document
     * @return assertions on the findings left
     * @throws AssertionError if none of the findings is at the path
     */
    public FindingAssert at(String path) {
        Objects.requireNonNull(path, "path");
        return narrow("at " + FindingsListing.quote(path), f -> f.path().equals(path),
                "its findings are at " + matching.stream().map(f -> FindingsListing.quote(f.path()))
                        .distinct().collect(Collectors.joining(", ")));
    }

    /**
     * Keeps the findings whose message is exactly the text.
     *
     * @param message the whole message
     * @return assertions on the findings left
     * @throws AssertionError if no finding has that message
     */
    public FindingAssert withMessage(String message) {
        Objects.requireNonNull(message, "message");
        return narrow("with the message " + FindingsListing.quote(message), f -> f.message().equals(message),
                messages());
    }

    /**
     * Keeps the findings whose message contains the text.
     *
     * @param fragment a part of the message, such as a quoted value
     * @return assertions on the findings left
     * @throws AssertionError if no finding's message contains it
     */
    public FindingAssert withMessageContaining(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        return narrow("with a message containing " + FindingsListing.quote(fragment),
                f -> f.message().contains(fragment), messages());
    }

    /** @return the findings left after the steps so far, in the report's order (never empty) */
    public List<Finding> findings() {
        return matching;
    }

    /** @return the assertions on the whole report, to go on with it */
    public ReportAssert and() {
        return report;
    }

    private FindingAssert narrow(String step, Predicate<Finding> keep, String instead) {
        List<Finding> left = matching.stream().filter(keep).toList();
        String wantedNow = wanted + " " + step;
        if (left.isEmpty()) {
            throw report.fail("expected " + wantedNow + ", but " + instead);
        }
        return new FindingAssert(report, wantedNow, left);
    }

    private String messages() {
        return matching.size() == 1 ? "its message is " + FindingsListing.quote(matching.get(0).message())
                : "its " + matching.size() + " messages are listed below";
    }
}
