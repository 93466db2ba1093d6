package tally.eventstore.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import tally.eventstore.EventStoreException;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;
import tally.eventstore.copy.CopiedRows;

/**
 * A log built from copied rows in a folder that has none ({@link RawLogImporter}). The tables
 * are made by the same migrations as an opened log's, so the store opens the result as its own;
 * the clean-stop mark is left at {@link #finish}, so that open trusts the indexes built here.
 */
public final class H2LogImport implements RawLogImporter {
    private final Path folder;
    private final Connection connection;
    private final CopiedRows rows;
    private long imported;
    private boolean closed;

    private H2LogImport(Path folder, Connection connection) throws SQLException {
        this.folder = folder;
        this.connection = connection;
        connection.setAutoCommit(false);
        this.rows = new CopiedRows(connection);
    }

    /** Starts a log in {@code folder}, which must hold none (made if missing). */
    public static H2LogImport into(Path folder) {
        try {
            Files.createDirectories(folder);
            if (Files.exists(folder.resolve("events.mv.db"))) {
                throw new EventStoreException("there is a log in " + folder + " already");
            }
            var source = new JdbcDataSource();
            source.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("events")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
            source.setUser("tally");
            Connection connection = source.getConnection();
            try {
                Flyway.configure().dataSource(source).locations("classpath:db/events")
                        .table("events_schema_history").load().migrate();
                return new H2LogImport(folder, connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (IOException | SQLException e) {
            throw new EventStoreException("cannot make a log in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void add(List<RawEvent> events) {
        try {
            long last = rows.insertEvents(imported, events);
            connection.commit();
            imported = last;
        } catch (SQLException e) {
            throw failed("events", e);
        }
    }

    @Override
    public void addCommands(List<RawCommand> commands) {
        try {
            rows.insertCommands(commands);
            connection.commit();
        } catch (SQLException e) {
            throw failed("command ids", e);
        }
    }

    @Override
    public long imported() {
        return imported;
    }

    @Override
    public void finish() {
        try (Statement s = connection.createStatement()) {
            connection.commit();
            s.execute("SHUTDOWN COMPACT");
            CleanStop.leave(folder);
        } catch (SQLException | IOException e) {
            throw new EventStoreException("could not finish the log in " + folder + ": "
                    + e.getMessage(), e);
        }
        close();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            // already shut down, or failing: the caller throws the folder away either way
        }
    }

    private EventStoreException failed(String what, SQLException e) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the first failure is the one to report
        }
        return new EventStoreException("could not add the copied " + what + ": "
                + e.getMessage(), e);
    }
}
