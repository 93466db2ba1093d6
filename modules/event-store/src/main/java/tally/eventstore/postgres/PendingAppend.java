package tally.eventstore.postgres;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;

/** An append waiting for this node's writer, its events already turned into JSON by the caller. */
record PendingAppend(AppendRequest request, List<String> data,
                     CompletableFuture<AppendResult> answer) {
}
