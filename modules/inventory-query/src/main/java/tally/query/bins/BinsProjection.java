package tally.query.bins;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.Set;
import tally.events.LocationEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;
import tally.query.engine.keyed.KeyedProjection;
import tally.query.engine.keyed.KeyedTable;

/**
 * The {@code bins} read model: the register of locations as its events tell it, one row per bin
 * ever defined. What a bin holds is the {@code locations} read model's business, not this one's.
 */
@Singleton
@Order(5)
final class BinsProjection extends KeyedProjection<BinState> {
    static final String NAME = "bins";
    private static final int CACHED_BINS = 20_000;
    private static final KeyedTable TABLE = new KeyedTable("bins",
            "SELECT name, zone, capacity, retired, version FROM bins WHERE location = ?",
            "MERGE INTO bins (location, name, zone, capacity, retired, version) KEY (location)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");

    BinsProjection() {
        super(NAME, TABLE, CACHED_BINS);
    }

    @Override
    protected void addKeys(TallyEvent event, Set<String> keys) {
        if (event instanceof LocationEvent e) {
            keys.add(e.location());
        }
    }

    @Override
    protected void fold(StoredEvent stored, Map<String, BinState> bins) {
        if (stored.event() instanceof LocationEvent e) {
            bins.get(e.location()).on(e, stored.version());
        }
    }

    @Override
    protected Change liveChange(BinState bin, long position) {
        return new Change("bin", bin.asView(position));
    }

    /** A bin without a row yet is one about to be defined: it lies in the batch's keys. */
    @Override
    protected BinState read(String location, ResultSet row) throws SQLException {
        var bin = new BinState(location);
        if (row != null) {
            bin.name = row.getString(1);
            bin.zone = row.getString(2);
            int capacity = row.getInt(3);
            bin.capacity = row.wasNull() ? null : capacity;
            bin.retired = row.getBoolean(4);
            bin.version = row.getLong(5);
        }
        return bin;
    }

    @Override
    protected void bind(PreparedStatement merge, BinState bin) throws SQLException {
        merge.setString(1, bin.location);
        merge.setString(2, bin.name);
        merge.setString(3, bin.zone);
        if (bin.capacity == null) {
            merge.setNull(4, Types.INTEGER);
        } else {
            merge.setInt(4, bin.capacity);
        }
        merge.setBoolean(5, bin.retired);
        merge.setLong(6, bin.version);
    }
}
