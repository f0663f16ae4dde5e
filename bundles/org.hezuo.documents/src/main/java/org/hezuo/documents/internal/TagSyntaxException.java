package org.hezuo.documents.internal;

/**
 * A tag or value that cannot be parsed or formatted; carries a stable code and a Chinese message.
 */
public final class TagSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Stable English code. */
    private final String code;

    /**
     * Creates the exception.
     *
     * @param code stable English code
     * @param message Chinese message
     */
    public TagSyntaxException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /**
     * The stable code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
