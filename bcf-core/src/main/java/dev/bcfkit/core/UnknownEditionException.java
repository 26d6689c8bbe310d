package dev.bcfkit.core;

/**
 * Thrown when a caller asks for a template edition (a plan or quarterly return of a financial
 * year) that the library does not know. A design principle: "asking for a year the library
 * does not know is a clear error", never an empty rulebook.
 */
public final class UnknownEditionException extends BcfException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names what was asked for and lists what is known
     */
    public UnknownEditionException(String message) {
        super(message);
    }
}
