package tally.query.engine.keyed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.query.engine.EventFailed;
import tally.query.engine.Projection;

/**
 * A read model of one row per key (a product, a location), folded the same way for every such
 * model: load the states of the keys a batch touches (cached, or read by primary key), fold each
 * event into them in memory, write the changed ones in one JDBC batch, and describe them for the
 * live stream. A read model supplies its keys, its fold, its table's SQL and its live message.
 * Rows are written whole with plain JDBC batches because a rebuild must reach 100,000 events a
 * second; the skeleton allocates per batch and per key, never per event.
 */
public abstract class KeyedProjection<S extends KeyedState<S>> implements Projection {
    private final String name;
    private final KeyedTable table;
    private final StateCache<S> cache;
    private final CommittedRows<S> committedRows;

    /**
     * @param table        the read model's table, emptied by a rebuild
     * @param cachedStates how many committed states to keep in memory at most
     */
    protected KeyedProjection(String name, KeyedTable table, int cachedStates) {
        this.name = name;
        this.table = table;
        this.cache = new StateCache<>(cachedStates);
        this.committedRows = new CommittedRows<>(HELD_ROWS);
    }

    /** The most rows held in memory for the queries; past it they read the database. */
    static final int HELD_ROWS = 50_000;

    /**
     * Every row as last committed, for queries to answer from memory; never loaded (so never
     * answering) when the table gives no {@code selectAll}.
     */
    public final CommittedRows<S> committedRows() {
        return committedRows;
    }

    /** Adds the keys whose states {@code event} folds into. */
    protected abstract void addKeys(TallyEvent event, Set<String> keys);

    /**
     * The state of {@code key} from its row ({@code row} is on it), or without a row
     * ({@code row} is null); null leaves the key out, for {@link #fold} to add or refuse.
     */
    protected abstract S read(String key, ResultSet row) throws SQLException;

    /** Folds one event into the states of its keys; throws when the event cannot apply. */
    protected abstract void fold(StoredEvent event, Map<String, S> states);

    /** Sets the parameters of the table's {@code mergeWhole} to write {@code state}. */
    protected abstract void bind(PreparedStatement merge, S state) throws SQLException;

    /** A changed state as the live stream tells it, as of log position {@code position}. */
    protected abstract Change liveChange(S state, long position);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void clear(Connection c) throws SQLException {
        cache.clear();
        committedRows.cleared();
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + table.name());
        }
    }

    @Override
    public final List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException {
        var keys = new LinkedHashSet<String>();
        for (StoredEvent e : events) {
            addKeys(e.event(), keys);
        }
        Map<String, S> states = cache.statesOf(keys, missing -> load(c, missing));
        for (int i = 0; i < events.size(); i++) {
            try {
                fold(events.get(i), states);
            } catch (RuntimeException e) {
                throw new EventFailed(i, events.get(i), e);
            }
        }
        var changed = new ArrayList<S>();
        for (S state : states.values()) {
            if (state.changed()) {
                changed.add(state);
            }
        }
        save(c, changed);
        cache.written(states);
        long position = events.get(events.size() - 1).position();
        if (table.selectAll() != null) {
            var rows = new LinkedHashMap<String, S>();
            for (Map.Entry<String, S> e : states.entrySet()) {
                if (e.getValue().changed()) {
                    rows.put(e.getKey(), e.getValue().held());
                }
            }
            committedRows.written(rows, position);
        }
        if (!describe) {
            return List.of();
        }
        var changes = new ArrayList<Change>(changed.size());
        for (S state : changed) {
            changes.add(liveChange(state, position));
        }
        return changes;
    }

    @Override
    public final void settled(boolean committed) {
        cache.settled(committed);
        committedRows.settled(committed);
    }

    /** At the runner's start, before it applies anything: every row, when the table says how. */
    @Override
    public final void opened(Connection c, long position) throws SQLException {
        if (table.selectAll() == null) {
            committedRows.loaded(null, position);
            return;
        }
        var all = new LinkedHashMap<String, S>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(table.selectAll())) {
            int keyColumn = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (all.size() == HELD_ROWS) {
                    committedRows.loaded(null, position);
                    return;
                }
                String key = rs.getString(keyColumn);
                S state = read(key, rs);
                if (state != null) {
                    all.put(key, state);
                }
            }
        }
        committedRows.loaded(all, position);
    }

    /**
     * One lookup per key, by primary key: H2 checks {@code = ANY(?)} against each row it finds
     * by scanning the whole array, which grows with the square of the batch.
     */
    private Map<String, S> load(Connection c, Set<String> keys) throws SQLException {
        var states = new LinkedHashMap<String, S>();
        try (PreparedStatement ps = c.prepareStatement(table.selectByKey())) {
            for (String key : keys) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    S state = read(key, rs.next() ? rs : null);
                    if (state != null) {
                        states.put(key, state);
                    }
                }
            }
        }
        return states;
    }

    private void save(Connection c, List<S> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.mergeWhole())) {
            for (S state : changed) {
                bind(ps, state);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
