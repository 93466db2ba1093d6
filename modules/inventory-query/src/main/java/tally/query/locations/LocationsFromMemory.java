package tally.query.locations;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tally.query.engine.keyed.CommittedRows;
import tally.query.locations.LocationAnswers.LocationLine;
import tally.query.locations.LocationAnswers.LocationList;
import tally.query.locations.LocationAnswers.LocationView;

/**
 * The {@code locations} read model's answers from the rows its projection holds in memory, as
 * of the position they were committed at: what {@link LocationQueries} reads from the database
 * at that position (LocationsFromMemoryTest compares them), without a transaction; empty when
 * memory cannot answer. The list is built once per position. A location's JSON is kept for
 * the position it was written at, for the last few locations asked (a bounded table, indexed by
 * the name's hash: a desktop's memory need not hold the text of every location).
 */
@Singleton
final class LocationsFromMemory {
    private final CommittedRows<LocationState> rows;
    private volatile LocationList last;
    private static final int KEPT_TEXTS = 256;
    private final AtomicReferenceArray<Written> texts = new AtomicReferenceArray<>(KEPT_TEXTS);
    private final JsonMapper json;

    /** The JSON of one held row as of one position. */
    private record Written(LocationState row, long position, byte[] json) {
    }

    /** A held row and the position it was read at (read together, under one stamp). */
    private record Seen(LocationState row, long position) {
    }

    LocationsFromMemory(LocationsProjection projection, JsonMapper json) {
        this.rows = projection.committedRows();
        this.json = json;
    }

    /** Present when memory answers: the location, or empty when it never held stock. */
    Optional<Optional<LocationView>> location(String location, long minPosition) {
        return seen(location, minPosition).map(found -> found.map(
                s -> s.row().heldView(s.position())));
    }

    /** {@link #location} as the JSON the server answers; the same bytes for one position. */
    Optional<Optional<byte[]>> locationJson(String location, long minPosition) {
        return seen(location, minPosition).map(found -> found.map(s -> textOf(location, s)));
    }

    /** A location read from the database, as JSON. */
    byte[] json(LocationView fromDatabase) {
        return write(fromDatabase);
    }

    private Optional<Optional<Seen>> seen(String location, long minPosition) {
        return rows.read(minPosition, (position, all) -> {
            LocationState l = all.get(location);
            return Optional.ofNullable(l == null ? null : new Seen(l, position));
        });
    }

    private byte[] textOf(String location, Seen s) {
        int slot = location.hashCode() & (KEPT_TEXTS - 1);
        Written kept = texts.get(slot);
        if (kept != null && kept.row() == s.row() && kept.position() == s.position()) {
            return kept.json();
        }
        byte[] text = write(s.row().heldView(s.position()));
        texts.set(slot, new Written(s.row(), s.position(), text));
        return text;
    }

    private byte[] write(LocationView view) {
        try {
            return json.writeValueAsBytes(Argument.of(LocationView.class), view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<LocationList> locations(long minPosition) {
        Optional<LocationList> answer = rows.read(minPosition, (position, all) -> {
            LocationList seen = last;
            if (seen != null && seen.position() == position) {
                return seen; // the rows at a position are always the same: the log's up to it
            }
            var items = new ArrayList<LocationLine>(all.size());
            all.values().forEach(l -> items.add(new LocationLine(l.location, l.skus(),
                    l.units())));
            return new LocationList(position, items);
        });
        answer.ifPresent(list -> last = list); // only once read whole
        return answer;
    }
}
