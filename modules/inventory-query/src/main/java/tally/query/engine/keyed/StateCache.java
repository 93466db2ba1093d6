package tally.query.engine.keyed;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rows a projection last committed, kept in memory (the most recently used, up to a bound)
 * so that a batch need not read back what the projection itself just wrote. A batch folds
 * copies; only after its transaction commits do the copies replace what is cached, and any
 * doubt (a rollback, a rebuild) empties the cache, which is always safe.
 */
final class StateCache<S extends KeyedState<S>> {
    private final Map<String, S> committed;
    private Map<String, S> pending = Map.of();

    StateCache(int capacity) {
        this.committed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, S> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Reads the rows a projection has no cached copy of. */
    interface Loader<S> {
        Map<String, S> load(Set<String> keys) throws SQLException;
    }

    /** States to fold a batch into: cached copies, and the rest read with {@code loader}. */
    Map<String, S> statesOf(Collection<String> keys, Loader<S> loader) throws SQLException {
        Map<String, S> states = new LinkedHashMap<>();
        var missing = new LinkedHashSet<String>();
        for (String key : keys) {
            S cached = committed.get(key);
            if (cached == null) {
                missing.add(key);
            } else {
                states.put(key, cached.toFold());
            }
        }
        states.putAll(loader.load(missing));
        return states;
    }

    /** What this batch wrote; cached once its transaction has committed. */
    void written(Map<String, S> states) {
        pending = states;
    }

    void settled(boolean committedOk) {
        if (committedOk) {
            pending.forEach((key, state) -> committed.put(key, state.committed()));
        } else {
            committed.clear();
        }
        pending = Map.of();
    }

    void clear() {
        committed.clear();
        pending = Map.of();
    }
}
