package tally.users;

/** One bad field of a 400: its name as sent and what is wrong with it. */
public record FieldError(String field, String message) {
}
