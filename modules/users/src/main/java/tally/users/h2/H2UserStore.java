package tally.users.h2;

import java.nio.file.Path;
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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import tally.users.Role;
import tally.users.StoredSession;
import tally.users.StoredUser;
import tally.users.UserAccount;
import tally.users.UserStore;

/**
 * Users and sessions in the H2 file {@code users} of the data folder. One connection, one caller
 * at a time: the store is asked on sign-in and by an admin, never per request (the sessions are
 * kept in memory), so there is nothing to gain from a pool.
 */
public final class H2UserStore implements UserStore {
    private static final String USER_COLUMNS =
            "username, display_name, roles, enabled, password_hash";

    private final Connection connection;

    private H2UserStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (or makes) the store in {@code dataFolder} and brings its tables up to date. */
    public static H2UserStore open(Path dataFolder) {
        var source = new JdbcDataSource();
        // WRITE_DELAY=0: an added user or a session survives kill -9. TRACE_LEVEL_FILE=0: no
        // trace file, which could hold a statement's values.
        source.setURL("jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("users")
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("tally");
        try {
            Connection connection = source.getConnection();
            try {
                Flyway.configure().dataSource(source).locations("classpath:db/users")
                        .table("users_schema_history").load().migrate();
                return new H2UserStore(connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the users store in " + dataFolder
                    + ": " + e.getMessage(), e);
        }
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
        try (var s = connection.prepareStatement("INSERT INTO users (" + USER_COLUMNS
                + ", created_at) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM users WHERE username = ?)")) {
            bindUser(s, user);
            s.setTimestamp(6, Timestamp.from(now));
            s.setString(7, user.username());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
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
        try (var s = connection.prepareStatement(
                "SELECT token_hash, username, expires_at FROM sessions");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                live.add(new StoredSession(rows.getString(1), rows.getString(2),
                        rows.getTimestamp(3).toInstant()));
            }
            return live;
        } catch (SQLException e) {
            throw failed("read the sessions", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing at shutdown: nothing left to do with it
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<StoredUser> query(String sql, Binder binder) {
        try (var s = connection.prepareStatement(sql)) {
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
        try (var s = connection.prepareStatement(sql)) {
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

    private static IllegalStateException failed(String what, SQLException e) {
        // The SQL state and message only: never a statement's values.
        return new IllegalStateException("could not " + what + ": " + e.getSQLState(), e);
    }
}
