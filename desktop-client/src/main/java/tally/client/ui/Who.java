package tally.client.ui;

/**
 * Who did something, as the console shows it. The server answers {@code user: null} for what
 * was stored before it recorded users; a table shows "-" there, never the word "null".
 */
public final class Who {
    public static final String NOBODY_RECORDED = "-";

    private Who() {
    }

    public static String shown(String user) {
        return user == null || user.isBlank() ? NOBODY_RECORDED : user;
    }
}
