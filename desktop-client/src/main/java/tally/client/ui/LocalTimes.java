package tally.client.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Every time the console shows, in one format and in the PC's own time zone: the server answers
 * UTC (ISO-8601), the operator reads the clock on the wall. Today's times to the second
 * ("10:42:07"), earlier days by date and minute ("3 Dec 10:42"), another year with it
 * ("3 Dec 2025 10:42").
 */
public final class LocalTimes {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm:ss",
            Locale.ENGLISH);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern(
            "d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern(
            "d MMM yyyy HH:mm", Locale.ENGLISH);
    private final ZoneId zone;
    private final LongSupplier clockMillis;

    /** {@code clockMillis} says what "today" is. */
    public LocalTimes(ZoneId zone, LongSupplier clockMillis) {
        this.zone = zone;
        this.clockMillis = clockMillis;
    }

    /** The PC's zone and clock. */
    public static LocalTimes system() {
        return new LocalTimes(ZoneId.systemDefault(), System::currentTimeMillis);
    }

    public ZoneId zone() {
        return zone;
    }

    /** A server's ISO-8601 instant, shown; blank for none, and as it came if it is not one. */
    public String shown(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return shown(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    public String shown(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime now = Instant.ofEpochMilli(clockMillis.getAsLong()).atZone(zone);
        if (local.toLocalDate().equals(now.toLocalDate())) {
            return TODAY.format(local);
        }
        return (local.getYear() == now.getYear() ? THIS_YEAR : OTHER_YEAR).format(local);
    }

    public String shown(long epochMillis) {
        return shown(Instant.ofEpochMilli(epochMillis));
    }
}
