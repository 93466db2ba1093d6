package tally.query;

/** A query or control call the read side refuses; {@link QueryProblems} answers it. */
public abstract sealed class QueryException extends RuntimeException {

    /**
     * Without a stack trace: a refusal is answered as a problem and never shows one, and
     * filling it in for every 404 (a scanner asking for a code nobody knows) cost more than the
     * answer.
     */
    QueryException(String message) {
        super(message, null, false, false);
    }

    /** 404, type {@code not-found}: no such product, location or read model. */
    public static final class NotFound extends QueryException {
        public NotFound(String message) {
            super(message);
        }
    }

    /**
     * 422, a type of its own: a parameter of the right shape that still cannot be (a barcode
     * whose check digit is wrong), in the words the command side uses for it.
     */
    public static final class Unprocessable extends QueryException {
        private final String slug;
        private final String field;

        public Unprocessable(String slug, String field, String message) {
            super(message);
            this.slug = slug;
            this.field = field;
        }

        public String slug() {
            return slug;
        }

        public String field() {
            return field;
        }
    }

    /** 400, type {@code invalid-request}: a parameter or body field out of its range. */
    public static final class Invalid extends QueryException {
        private final String field;

        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
