package tally.eventstore.h2;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;

/**
 * An append waiting for the writer, its events already turned into JSON by the caller. A type of
 * its own, not the writer's, because the writer queues it and {@link BatchDecisions} answers it:
 * the decisions need it without needing the writer that drives them.
 */
record PendingAppend(AppendRequest request, List<String> data,
                     CompletableFuture<AppendResult> answer) {
}
