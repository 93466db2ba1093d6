package tally.eventstore.postgres;

import java.util.Objects;

/**
 * Where the shared log lives and how a node writes to it.
 *
 * @param url      {@code jdbc:postgresql://HOST:PORT/DB}
 * @param username the database user, or null for the driver's default
 * @param password its password, or null; never taken from a command line (docs/scale.md)
 * @param maxBatch most appends one transaction of this node takes
 */
public record PostgresOptions(String url, String username, String password, int maxBatch) {

    public PostgresOptions {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a PostgreSQL log's URL starts with"
                    + " jdbc:postgresql:, not " + url);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
    }

    public static PostgresOptions of(String url, String username, String password) {
        return new PostgresOptions(url, username, password, 1000);
    }

    public PostgresOptions withMaxBatch(int appends) {
        return new PostgresOptions(url, username, password, appends);
    }

    @Override
    public String toString() {
        return "PostgresOptions[" + url + " as " + username + "]"; // never the password
    }
}
