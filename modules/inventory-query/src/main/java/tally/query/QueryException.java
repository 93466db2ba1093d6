package tally.query;

/** A query or control call the read side refuses; {@link QueryProblems} answers it. */
abstract class QueryException extends RuntimeException {

    QueryException(String message) {
        super(message);
    }

    /** 404, type {@code not-found}: no such product, location or read model. */
    static final class NotFound extends QueryException {
        NotFound(String message) {
            super(message);
        }
    }

    /** 400, type {@code invalid-request}: a parameter or body field out of its range. */
    static final class Invalid extends QueryException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
