package tally.command.domain;

/**
 * The site setting {@code tally.locations}: whether stock may go only to bins of the register
 * ({@code STRICT}) or to any well-formed code, as before the register existed ({@code OPEN}).
 */
public enum LocationMode {
    OPEN, STRICT;

    /** The setting's value, {@code open} or {@code strict} in any case; anything else is null. */
    public static LocationMode parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "open" -> OPEN;
            case "strict" -> STRICT;
            default -> null;
        };
    }
}
