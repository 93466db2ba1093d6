package tally.query;

/** The checks every query applies to its parameters, with docs/api.md's wording. */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** {@code value}, or {@code fallback} when absent; outside min..max it is a 400. */
    public static int inRange(String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new QueryException.Invalid(field, "must be " + min + " to " + max);
        }
        return value;
    }

    /** A position parameter ({@code minPosition}, {@code after}): 0 or more, when given. */
    public static void notNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new QueryException.Invalid(field, "must be 0 or more");
        }
    }

    /**
     * A yes-or-no parameter: {@code true} or {@code false} in any case, absent is false. Anything
     * else is a 400 rather than false, which the framework's conversion made of "maybe".
     */
    public static boolean flag(String field, String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new QueryException.Invalid(field, "must be true or false");
    }
}
