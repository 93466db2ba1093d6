package tally.eventstore.groupcommit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;

/**
 * An append waiting for an engine's writer, its events already turned into JSON by the caller.
 * A type of its own, not the writer's, because the writer queues it and the batch's decisions
 * answer it: they need it without needing the writer that drives them.
 */
public record PendingAppend(AppendRequest request, List<String> data,
                            CompletableFuture<AppendResult> answer) {
}
