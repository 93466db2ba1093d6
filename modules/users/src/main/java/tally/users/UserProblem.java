package tally.users;

import java.util.List;

/**
 * Why a call about users or sessions was not carried out, as its problem+json will say it. Every
 * refusal of this module's controllers is one of these, mapped once to HTTP.
 */
public final class UserProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final transient List<FieldError> errors;
    private final long retryAfterSeconds;

    private UserProblem(int status, String slug, String title, String detail,
                        List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static UserProblem invalid(List<FieldError> errors) {
        String detail = errors.getFirst().field() + " " + errors.getFirst().message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return new UserProblem(400, "invalid-request", "Invalid request", detail,
                List.copyOf(errors), 0);
    }

    /** A body that is not one JSON object; says nothing of what it held, a password perhaps. */
    public static UserProblem invalidBody(String detail) {
        return new UserProblem(400, "invalid-request", "Invalid request", detail, null, 0);
    }

    /** Said by the framework for a wrong media type; said here for a missing one. */
    public static UserProblem unsupportedMediaType() {
        return new UserProblem(415, "unsupported-media-type", "Unsupported Media Type",
                "send the body as application/json", null, 0);
    }

    /** The same answer whether the name exists or not, so it tells nobody which names do. */
    public static UserProblem badCredentials() {
        return new UserProblem(401, "bad-credentials", "Bad credentials",
                "wrong username or password", null, 0);
    }

    public static UserProblem setupClosed(String why) {
        return new UserProblem(403, "setup-closed", "Setup closed", why, null, 0);
    }

    public static UserProblem currentPasswordRefused(String why) {
        return new UserProblem(403, "current-password-refused", "Current password refused", why,
                null, 0);
    }

    public static UserProblem unknownUser(String username) {
        return new UserProblem(404, "not-found", "Not Found", "there is no user '" + username
                + "'", null, 0);
    }

    public static UserProblem usernameTaken(String username) {
        return new UserProblem(409, "username-taken", "Username taken", "there is already a user '"
                + username + "'", null, 0);
    }

    public static UserProblem lastAdmin(String username) {
        return new UserProblem(409, "last-admin", "Last admin", username + " is the last enabled"
                + " admin: make another user admin first, or nobody could manage users", null, 0);
    }

    public static UserProblem tooManyAttempts(String username, long seconds) {
        return new UserProblem(429, "too-many-attempts", "Too many attempts",
                "five wrong passwords in a row for " + username + ": try again in " + seconds
                        + " s", null, seconds);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The bad fields of a 400, or null. */
    public List<FieldError> errors() {
        return errors;
    }

    /** For a 429, the seconds until the username may try again; otherwise 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
