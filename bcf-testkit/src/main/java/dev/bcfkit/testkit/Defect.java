package dev.bcfkit.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A defect injector: takes a valid document and breaks exactly one business rule, the one whose
 * stable id it reports. Use it to check that a validator finds what it should, and nothing else:
 * inject into a valid return, validate, and expect findings of {@link #ruleId()} only.
 *
 * <p>Some defects need a section or a quarter (a future actual needs a quarter after the reported
 * one; a fee needs the 2018/19 iBCF section): {@link #appliesTo} says whether the defect can be
 * injected into a given valid document. Where the defect has choices (which condition row, which
 * fee), {@link #inject} returns an arbitrary, so that jqwik explores and shrinks the choice too.
 *
 * @param <T> the document type: {@code QuarterlyReturn}, {@code Plan} or {@code PooledBudget}
 */
public final class Defect<T> {
    private final String ruleId;
    private final String description;
    private final Predicate<? super T> appliesTo;
    private final Function<? super T, Arbitrary<T>> injector;

    private Defect(String ruleId, String description, Predicate<? super T> appliesTo,
            Function<? super T, Arbitrary<T>> injector) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.description = Objects.requireNonNull(description, "description");
        this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
        this.injector = Objects.requireNonNull(injector, "injector");
    }

    /**
     * A defect without choices.
     *
     * @param ruleId the id of the rule it breaks, such as {@code FIN-ANNUAL-EQUALS-SUM}
     * @param description what it does, in plain English
     * @param appliesTo which valid documents it can be injected into
     * @param inject breaks a valid document
     * @param <T> the document type
     * @return the defect
     */
    public static <T> Defect<T> of(String ruleId, String description, Predicate<? super T> appliesTo,
            UnaryOperator<T> inject) {
        return new Defect<>(ruleId, description, appliesTo, valid -> Arbitraries.just(inject.apply(valid)));
    }

    /**
     * A defect with choices, such as which row to break.
     *
     * @param ruleId the id of the rule it breaks
     * @param description what it does, in plain English
     * @param appliesTo which valid documents it can be injected into
     * @param inject the broken variants of a valid document
     * @param <T> the document type
     * @return the defect
     */
    public static <T> Defect<T> random(String ruleId, String description, Predicate<? super T> appliesTo,
            Function<? super T, Arbitrary<T>> inject) {
        return new Defect<>(ruleId, description, appliesTo, inject);
    }

    /** @return the stable id of the rule this defect breaks, such as {@code COND-EXPLANATION} */
    public String ruleId() {
        return ruleId;
    }

    /** @return what the defect does, such as "a condition answered No without an explanation" */
    public String description() {
        return description;
    }

    /**
     * @param valid a valid document
     * @return whether this defect can be injected into it
     */
    public boolean appliesTo(T valid) {
        return appliesTo.test(valid);
    }

    /**
     * @param valid a valid document this defect {@linkplain #appliesTo applies to}
     * @return the broken variants of it, each breaking this defect's rule only
     * @throws IllegalArgumentException if the defect does not apply to the document
     */
    public Arbitrary<T> inject(T valid) {
        if (!appliesTo(valid)) {
            throw new IllegalArgumentException(ruleId + " (" + description + ") does not apply to this document");
        }
        return injector.apply(valid);
    }

    /** @return the rule id and description, as jqwik prints a sample */
    @Override
    public String toString() {
        return ruleId + ": " + description;
    }
}
