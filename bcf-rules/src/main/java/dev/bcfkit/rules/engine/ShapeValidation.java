package dev.bcfkit.rules.engine;

import dev.bcfkit.rules.FindingLimits;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Text;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The shape of a document as the model's Jakarta Bean Validation constraints describe it (a
 * condition row names its condition, a text is at most so long), checked by Hibernate Validator
 * and reported as findings with the rule id {@value #RULE_ID}. The validator is bootstrapped once,
 * lazily, with the {@link ParameterMessageInterpolator}: no expression language is ever evaluated
 * (a design principle: "Hostile input is expected"), and no Hibernate type or exception reaches a caller.
 * User text is never part of a message template: the constraint's own message is interpolated
 * from its annotation's attributes only, and the invalid value is appended afterwards, abbreviated
 * with {@link Text#abbreviate}.
 */
public final class ShapeValidation {
    /** The rule id of shape findings. */
    public static final String RULE_ID = "SHAPE-VIOLATION";
    /** The provenance of shape findings. */
    public static final String SOURCE = "bcf-core model constraints (Jakarta Bean Validation); invalid data is"
            + " representable, so it is read and reported here rather than refused";

    private ShapeValidation() {
    }

    /** The one validator, built on first use (holder idiom); a failed bootstrap is kept and reported. */
    private static final class Holder {
        private static final Validator VALIDATOR;
        private static final RuntimeException FAILURE;
        /**
         * Hibernate Validator announces its version through java.util.logging at INFO when it
         * starts ("HV000001"), which would put two lines on an analyst's standard error from a
         * library call. Unless the application has set a level for that logger, the announcement
         * is turned off; every other Hibernate Validator message is left alone. Held here so that
         * the logger, and so its level, is not garbage-collected.
         */
        private static final java.util.logging.Logger VERSION_LOG =
                java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

        static {
            if (VERSION_LOG.getLevel() == null) {
                VERSION_LOG.setLevel(java.util.logging.Level.WARNING);
            }
            Validator v = null;
            RuntimeException failure = null;
            try {
                ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
                v = factory.getValidator();
            } catch (RuntimeException e) {
                failure = e;
            }
            VALIDATOR = v;
            FAILURE = failure;
        }
    }

    /**
     * @param document the document
     * @return its shape violations as findings, in document order (record components in declaration order,
     *     list entries by index), then by message (the constraint's own, then its name); at most {@value FindingLimits#PER_RULE}
     *     and a summary finding
     * @throws BcfException if Hibernate Validator could not be started
     */
    public static List<Finding> check(Object document) {
        DocumentFindings findings = new DocumentFindings(Work.NONE);
        check(document, findings, Work.NONE);
        return findings.findings();
    }

    /**
     * Adds a document's shape violations to its findings, within {@link FindingLimits}: all the
     * violations are placed in document order (positions computed once per collection, see
     * {@link DocumentOrder}), but only the first ones kept are written as findings; the rest are
     * counted. Selecting the first k of n costs n log k comparisons, not a sort of all n.
     *
     * @param document the document
     * @param into the document's findings
     * @param work the meter: one step per violation, per path step and per comparison
     * @throws BcfException if Hibernate Validator could not be started
     */
    public static void check(Object document, DocumentFindings into, Work work) {
        if (Holder.VALIDATOR == null) {
            throw new BcfException("shape validation is unavailable: Hibernate Validator could not be started ("
                    + Text.abbreviate(String.valueOf(Holder.FAILURE.getMessage())) + ")", Holder.FAILURE);
        }
        RuleFindings rule = into.open(RULE_ID, Severity.ERROR, SOURCE);
        Set<ConstraintViolation<Object>> violations;
        try {
            violations = Holder.VALIDATOR.validate(document);
        } catch (RuntimeException e) {
            rule.report("", "the document's shape could not be checked: " + e.getClass().getSimpleName() + " "
                    + Text.abbreviate(String.valueOf(e.getMessage())));
            into.add(rule);
            return;
        }
        DocumentOrder order = new DocumentOrder(document, work);
        Comparator<Located> inOrder = work.counting(Comparator.comparing(Located::order, DocumentOrder::compare)
                .thenComparing(Located::message));
        int keep = rule.room();
        // the first keep + 1 so far, the last of them at the head: those kept and the first left out
        PriorityQueue<Located> first = new PriorityQueue<>(inOrder.reversed());
        for (ConstraintViolation<Object> v : violations) {
            work.add(1);
            first.add(new Located(order.of(v.getPropertyPath()), v));
            if (first.size() > keep + 1) {
                first.poll();
            }
        }
        List<Located> chosen = new ArrayList<>(first);
        chosen.sort(inOrder);
        for (int i = 0; i < Math.min(keep, chosen.size()); i++) {
            Located l = chosen.get(i);
            rule.reportLazily(l::path, l::message);
        }
        if (chosen.size() > keep) {
            Located firstLeftOut = chosen.get(keep);
            rule.omit(violations.size() - keep, firstLeftOut::path);
        }
        into.add(rule);
    }

    /**
     * The JSON pointer tokens of a property path: property names, and list indices or map keys
     * where the path steps into a container ({@code nationalConditions[0].condition} gives
     * {@code nationalConditions, 0, condition}).
     *
     * @param path the property path
     * @return the tokens: strings, or integers for list indices
     */
    public static List<Object> tokens(Path path) {
        List<Object> tokens = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    tokens.add(node.getIndex());
                } else if (node.getKey() != null) {
                    Object key = node.getKey();
                    tokens.add(key instanceof Enum<?> e ? e.name() : String.valueOf(key));
                }
            }
            if (node.getName() != null && (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                tokens.add(node.getName());
            }
        }
        return tokens;
    }

    private static String message(ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return v.getMessage() + " (@" + constraint + "), found " + describe(v.getInvalidValue());
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence s) {
            return "\"" + Text.abbreviate(s.toString()) + "\"";
        }
        if (value instanceof java.util.Collection<?> c) {
            return "a list of " + c.size() + (c.size() == 1 ? " entry" : " entries");
        }
        if (value instanceof java.util.Map<?, ?> m) {
            return "a map of " + m.size() + (m.size() == 1 ? " entry" : " entries");
        }
        return Text.abbreviate(String.valueOf(value));
    }

    /**
     * A violation and its place in the document; its path and message are written only when
     * asked, and the message at most once.
     */
    private static final class Located {
        private final List<Object> order;
        private final ConstraintViolation<Object> violation;
        private String message;

        Located(List<Object> order, ConstraintViolation<Object> violation) {
            this.order = order;
            this.violation = violation;
        }

        List<Object> order() {
            return order;
        }

        String path() {
            return Pointer.of(tokens(violation.getPropertyPath()).toArray());
        }

        String message() {
            if (message == null) {
                message = ShapeValidation.message(violation);
            }
            return message;
        }
    }
}
