package dev.bcfkit.core;

/**
 * The root of bcfkit's one exception hierarchy (a design principle: "One exception
 * hierarchy"). Callers never see a Jackson or Hibernate exception type: every failure the
 * library reports is a {@code BcfException} or a subtype, with a message that names the field
 * and quotes the value.
 */
public class BcfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a plain-English message.
     *
     * @param message what went wrong, naming the field and quoting the value
     */
    public BcfException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a plain-English message and the underlying cause.
     *
     * @param message what went wrong, naming the field and quoting the value
     * @param cause the underlying failure, kept for logs but never needed to understand the message
     */
    public BcfException(String message, Throwable cause) {
        super(message, cause);
    }
}
