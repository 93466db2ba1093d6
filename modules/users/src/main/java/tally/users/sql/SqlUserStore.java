package tally.users.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tally.users.Role;
import tally.users.StoredSession;
import tally.users.StoredUser;
import tally.users.UserAccount;
import tally.users.UserStore;

/**
 * Users and sessions in SQL that H2 and PostgreSQL both take (the tables of db/users and
 * db/postgres-users). One connection, one caller at a time: the store is asked on sign-in, by an
 * admin and by a shared store's re-check, never per request (the sessions are kept in memory),
 * so there is nothing to gain from a pool. A failed call drops the connection; the next opens
 * a new one.
 */
public abstract class SqlUserStore implements UserStore {
    private static final String USER_COLUMNS =
            "username, display_name, roles, enabled, password_hash";

    /** Opens a connection to the store's database. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private Connection connection;

    /** Starts with an open connection (the one the store was migrated through, or any). */
    protected SqlUserStore(Connector connector, Connection first) {
        this.connector = connector;
        this.connection = first;
    }

    @Override
    public synchronized List<StoredUser> users() {
        return query("SELECT " + USER_COLUMNS + " FROM users ORDER BY username", s -> { });
    }

    @Override
    public synchronized Optional<StoredUser> user(String username) {
        return query("SELECT " + USER_COLUMNS + " FROM users WHERE username = ?",
                s -> s.setString(1, username)).stream().findFirst();
    }

    @Override
    public synchronized boolean insert(StoredUser user, Instant now) {
        try (var s = connection().prepareStatement("INSERT INTO users (" + USER_COLUMNS
                + ", created_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM users WHERE username = ?)")) {
            bindUser(s, user);
            s.setTimestamp(6, Timestamp.from(now));
            s.setString(7, user.username());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // another node added the same name at the same moment
            }
            throw failed("add user " + user.username(), e);
        }
    }

    @Override
    public synchronized void update(StoredUser user) {
        execute("UPDATE users SET display_name = ?, roles = ?, enabled = ?, password_hash = ?"
                + " WHERE username = ?", s -> {
                    UserAccount a = user.account();
                    s.setString(1, a.displayName());
                    s.setString(2, rolesText(a));
                    s.setBoolean(3, a.enabled());
                    s.setString(4, user.passwordHash());
                    s.setString(5, a.username());
                });
    }

    @Override
    public synchronized void saveSession(StoredSession session) {
        execute("INSERT INTO sessions (token_hash, username, expires_at) VALUES (?, ?, ?)", s -> {
            s.setString(1, session.tokenHash());
            s.setString(2, session.username());
            s.setTimestamp(3, Timestamp.from(session.expiresAt()));
        });
    }

    @Override
    public synchronized void deleteSession(String tokenHash) {
        execute("DELETE FROM sessions WHERE token_hash = ?", s -> s.setString(1, tokenHash));
    }

    @Override
    public synchronized void deleteSessionsOf(String username, String keptTokenHash) {
        execute("DELETE FROM sessions WHERE username = ? AND token_hash <> ?", s -> {
            s.setString(1, username);
            s.setString(2, keptTokenHash == null ? "" : keptTokenHash);
        });
    }

    @Override
    public synchronized List<StoredSession> liveSessions(Instant now) {
        execute("DELETE FROM sessions WHERE expires_at <= ?",
                s -> s.setTimestamp(1, Timestamp.from(now)));
        var live = new ArrayList<StoredSession>();
        try (var s = connection().prepareStatement(
                "SELECT token_hash, username, expires_at FROM sessions");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                live.add(sessionOf(rows));
            }
            return live;
        } catch (SQLException e) {
            throw failed("read the sessions", e);
        }
    }

    @Override
    public synchronized Optional<StoredSession> session(String tokenHash, Instant now) {
        try (var s = connection().prepareStatement("SELECT token_hash, username, expires_at"
                + " FROM sessions WHERE token_hash = ? AND expires_at > ?")) {
            s.setString(1, tokenHash);
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(sessionOf(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read a session", e);
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }

    /**
     * The open connection, or a new one: after a failure the old one is dropped, so a database
     * that restarted (PostgreSQL) is reached again on the next call.
     */
    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = connector.open();
        }
        return connection;
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a broken or finished connection: nothing left to do with it
            }
            connection = null;
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<StoredUser> query(String sql, Binder binder) {
        try (var s = connection().prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rows = s.executeQuery()) {
                var users = new ArrayList<StoredUser>();
                while (rows.next()) {
                    users.add(userOf(rows));
                }
                return users;
            }
        } catch (SQLException e) {
            throw failed("read the users", e);
        }
    }

    private void execute(String sql, Binder binder) {
        try (var s = connection().prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("write the users store", e);
        }
    }

    private static void bindUser(PreparedStatement s, StoredUser user) throws SQLException {
        UserAccount a = user.account();
        s.setString(1, a.username());
        s.setString(2, a.displayName());
        s.setString(3, rolesText(a));
        s.setBoolean(4, a.enabled());
        s.setString(5, user.passwordHash());
    }

    private static StoredSession sessionOf(ResultSet row) throws SQLException {
        return new StoredSession(row.getString(1), row.getString(2),
                row.getTimestamp(3).toInstant());
    }

    private static StoredUser userOf(ResultSet row) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        for (String name : row.getString(3).split(",")) {
            Role.ofWireName(name).ifPresent(roles::add);
        }
        return new StoredUser(new UserAccount(row.getString(1), row.getString(2), roles,
                row.getBoolean(4)), row.getString(5));
    }

    private static String rolesText(UserAccount a) {
        return a.roles().stream().sorted().map(Role::wireName).collect(Collectors.joining(","));
    }

    private IllegalStateException failed(String what, SQLException e) {
        drop();
        // The SQL state and message only: never a statement's values.
        return new IllegalStateException("could not " + what + ": " + e.getSQLState(), e);
    }
}
