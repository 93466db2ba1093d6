package tally.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.domain.Product;
import tally.command.domain.Refusal;
import tally.events.InventoryEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;

/**
 * The one thread that decides commands (DESIGN.md, "One command's way through"). It decides each
 * queued command against its product in memory, applies the events to the product at once, and
 * hands the append to the store without waiting, so the store's group commit can put many
 * commands in one transaction; the caller is answered when that append has committed. Every
 * append carries the version it was decided on: if the log disagrees, nothing is stored, the
 * product is reloaded and the command decided again. A product not yet in memory is read on
 * another thread ({@link Aggregates}) while the commands for other products go on.
 */
public final class CommandWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandWriter.class);
    private static final int MAX_ATTEMPTS = 5;

    private final Object submitLock = new Object();
    private final BlockingQueue<Object> tasks = new LinkedBlockingQueue<>();
    private final EventStore store;
    private final Aggregates aggregates;
    private final Map<String, Job> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger appending = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopping;

    /** A product to forget because the log did not take what was decided on it. */
    private record Eviction(Product product) {
    }

    public CommandWriter(EventStore store, int productsInMemory) {
        this.store = store;
        this.aggregates = new Aggregates(store, productsInMemory, tasks::add);
        this.thread = new Thread(this::run, "command-writer");
        thread.start();
    }

    /** Queues a command; the answer completes once its events are committed, or with a problem. */
    public CompletableFuture<CommandAnswer> submit(CommandEnvelope command) {
        var job = new Job(command);
        synchronized (submitLock) {
            if (stopping) {
                job.fail(CommandProblem.unavailable("the server is stopping"));
            } else {
                tasks.add(job);
            }
        }
        return job.answer();
    }

    /** How many streams have been read from the log, for tests and benchmarks. */
    long streamLoads() {
        return aggregates.loads();
    }

    private void run() {
        while (!(stopping && tasks.isEmpty() && appending.get() == 0 && !aggregates.loading())) {
            Object task;
            try {
                task = tasks.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task instanceof Job job) {
                decideSafely(job);
            } else if (task instanceof Eviction e) {
                aggregates.evict(e.product());
            } else if (task instanceof Aggregates.Loaded loaded) {
                decideLoaded(loaded);
            }
        }
    }

    /** The jobs that waited for a product to be read, decided now in the order they came. */
    private void decideLoaded(Aggregates.Loaded loaded) {
        for (Job job : aggregates.take(loaded)) {
            if (loaded.error() == null) {
                decideSafely(job);
            } else {
                LOG.error("could not read the stream of {}", loaded.sku(), loaded.error());
                finish(job, null, CommandProblem.unavailable("the command could not be decided: "
                        + loaded.error().getClass().getSimpleName()));
            }
        }
    }

    private void decideSafely(Job job) {
        try {
            decide(job);
        } catch (RuntimeException e) {
            LOG.error("could not decide {}", job.command(), e);
            finish(job, null, CommandProblem.unavailable("the command could not be decided: "
                    + e.getClass().getSimpleName()));
        }
    }

    private void decide(Job job) {
        CommandEnvelope c = job.command();
        Job first = inFlight.get(c.commandId());
        if (first != null && first != job) {
            follow(job, first);
            return;
        }
        Product product = aggregates.cached(c.command().sku());
        if (product == null) {
            aggregates.await(c.command().sku(), job);
            return;
        }
        long before = product.version();
        if (c.expectedVersion() != null && c.expectedVersion() != before) {
            refuse(job, CommandProblem.versionConflict(c.stream(), c.expectedVersion(), before));
            return;
        }
        List<InventoryEvent> events;
        try {
            events = product.decide(c.command());
        } catch (Refusal r) {
            refuse(job, CommandProblem.refused(r));
            return;
        }
        // In flight before the store can answer, or a quick answer would leave a stale entry.
        inFlight.put(c.commandId(), job);
        appending.incrementAndGet();
        CompletableFuture<AppendResult> appended;
        try {
            appended = store.append(new AppendRequest(c.stream(), ExpectedVersion.exactly(before),
                    c.commandId(), c.fingerprint(), events));
        } catch (RuntimeException e) {
            appending.decrementAndGet();
            aggregates.evict(product);
            throw e;
        }
        appended.whenComplete((result, error) -> settle(job, product, events, result, error));
    }

    /** The same id is being appended right now: a retry gets that answer, a reuse a 409. */
    private void follow(Job job, Job first) {
        if (!first.command().fingerprint().equals(job.command().fingerprint())) {
            job.fail(CommandProblem.idempotencyKeyReused(job.command().commandId()));
            return;
        }
        first.answer().whenComplete((answer, error) -> {
            if (answer != null) {
                job.complete(answer);
            } else {
                job.fail(error instanceof CompletionException ? error.getCause() : error);
            }
        });
    }

    /** A refusal, unless the command was carried out before: then that first answer again. */
    private void refuse(Job job, CommandProblem problem) {
        CommandEnvelope c = job.command();
        if (c.clientGaveId()) {
            Optional<AppendResult> seen = store.findCommand(c.commandId());
            if (seen.isPresent()) {
                boolean same = c.fingerprint().equals(seen.get().fingerprint());
                finish(job, same ? CommandAnswer.of(seen.get()) : null,
                        same ? null : CommandProblem.idempotencyKeyReused(c.commandId()));
                return;
            }
        }
        finish(job, null, problem);
    }

    /** Runs on the store's confirming thread: only answer and queue, never block. */
    private void settle(Job job, Product product, List<InventoryEvent> events,
                        AppendResult result, Throwable error) {
        try {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (result != null) {
                if (result.duplicate() && !events.isEmpty()) {
                    tasks.add(new Eviction(product));
                }
                finish(job, CommandAnswer.of(result), null);
            } else if (cause instanceof VersionConflict && job.attempts() < MAX_ATTEMPTS) {
                tasks.add(new Eviction(product));
                job.retried();
                tasks.add(job);
            } else if (cause instanceof CommandIdReused) {
                evictIfChanged(product, events);
                finish(job, null, CommandProblem.idempotencyKeyReused(job.command().commandId()));
            } else {
                tasks.add(new Eviction(product));
                LOG.warn("append of {} failed", job.command().name(), cause);
                finish(job, null, CommandProblem.unavailable("the event log did not take the"
                        + " command; nothing was stored, retry later"));
            }
        } finally {
            appending.decrementAndGet();
        }
    }

    private void evictIfChanged(Product product, List<InventoryEvent> events) {
        if (!events.isEmpty()) {
            tasks.add(new Eviction(product));
        }
    }

    private void finish(Job job, CommandAnswer answer, CommandProblem problem) {
        inFlight.remove(job.command().commandId(), job);
        if (answer != null) {
            job.complete(answer);
        } else {
            job.fail(problem);
        }
    }

    /** Decides what is queued, waits for the appends it made, then stops. */
    @Override
    public void close() {
        synchronized (submitLock) {
            stopping = true;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        aggregates.close();
        Object left;
        while ((left = tasks.poll()) != null) {
            if (left instanceof Job job) {
                job.fail(CommandProblem.unavailable("the server is stopping"));
            }
        }
    }
}
