package tally.query.bins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.events.StoredEvent;
import tally.query.bins.BinAnswers.BinView;
import tally.query.engine.Projection;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class BinsProjectionTest {
    private final ViewsDatabase db = new ViewsDatabase();
    private final BinsProjection projection = new BinsProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private List<Projection.Change> apply(List<StoredEvent> events) {
        return db.transactor().inTransaction(c -> projection.apply(c, events, true));
    }

    private List<List<Object>> rows() {
        return db.rows("SELECT location, name, zone, capacity, retired, version FROM bins"
                + " ORDER BY location");
    }

    @Test
    void keeps_each_defined_bin_with_its_name_zone_and_capacity_and_ignores_stock() {
        apply(Log.of(new LocationDefined("A-1", "First", "A", 40),
                new LocationDefined("B-1", null, null, null),
                new ProductRegistered("SKU-1", "Bolt", 0),
                new StockReceived("SKU-1", "Q-9", 3, null)).all());

        assertThat(rows()).containsExactly(List.of("A-1", "First", "A", 40, false, 1L),
                Arrays.asList("B-1", null, null, null, false, 1L));
    }

    @Test
    void a_change_says_the_bin_afresh_and_a_retired_bin_keeps_its_row_until_defined_again() {
        Log log = Log.of(new LocationDefined("A-1", "First", "A", 40),
                new LocationChanged("A-1", "Front", null, 10),
                new LocationRetired("A-1"));
        apply(log.all());

        assertThat(rows()).containsExactly(Arrays.asList("A-1", "Front", null, 10, true, 3L));

        List<Projection.Change> changes = apply(log.add(new LocationDefined("A-1", "Back", "B",
                null)).from(4));

        assertThat(rows()).containsExactly(Arrays.asList("A-1", "Back", "B", null, false, 4L));
        assertThat(changes).containsExactly(new Projection.Change("bin",
                new BinView(4, "A-1", "Back", "B", null, false, 4)));
    }
}
