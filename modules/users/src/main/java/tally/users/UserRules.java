package tally.users;

import java.util.regex.Pattern;

/** The bounds of docs/api.md, "Signing in": one place for the HTTP edge and the command line. */
public final class UserRules {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_DISPLAY_NAME = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,40}");

    private UserRules() {
    }

    /** What is wrong with a username, or null when it is one. */
    public static String usernameFault(String username) {
        return USERNAME.matcher(username).matches() ? null
                : "must be 1-40 characters of a-z 0-9 . _ -";
    }

    public static boolean isUsername(String username) {
        return usernameFault(username) == null;
    }

    /** What is wrong with a new password, or null. Never says what the password was. */
    public static String passwordFault(String password) {
        int length = password.codePointCount(0, password.length());
        return length < MIN_PASSWORD || length > MAX_PASSWORD
                ? "must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters" : null;
    }

    /** What is wrong with a display name (trimmed first), or null. */
    public static String displayNameFault(String displayName) {
        String trimmed = displayName.strip();
        return trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_DISPLAY_NAME
                ? "must be 1-" + MAX_DISPLAY_NAME + " characters, not blank" : null;
    }
}
