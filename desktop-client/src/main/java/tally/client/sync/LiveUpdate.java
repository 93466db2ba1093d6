package tally.client.sync;

import tally.client.api.StreamMessage.ReadModelChange;

/**
 * What a screen hears from the {@link Connection}: a snapshot after every (re)connection, then
 * the read models' changes from that snapshot on. Sealed, as is {@link ReadModelChange}, so a
 * screen's switch over them names every kind and a new kind does not go unnoticed.
 */
public sealed interface LiveUpdate {

    record Resynced(Snapshot snapshot) implements LiveUpdate {
    }

    record Changed(ReadModelChange change) implements LiveUpdate {
    }
}
