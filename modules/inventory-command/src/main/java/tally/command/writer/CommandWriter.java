package tally.command.writer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.domain.Aggregate;
import tally.command.domain.BinRegister;
import tally.command.domain.Decider;
import tally.command.domain.LocationMode;
import tally.command.domain.Refusal;
import tally.command.writer.WriterMessage.ForgetAggregate;
import tally.command.writer.WriterMessage.StreamLoaded;
import tally.command.writer.WriterMessage.StreamSettled;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.CommandIdRule;
import tally.eventstore.DiskFull;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.VersionConflict;

/**
 * The one thread that decides commands (docs/design.md, "The write path"). It decides each
 * queued command against its aggregate in memory (a product or an order, with the others it
 * consults: {@link Decider}), applies the events to it at once, and hands the append to the
 * store without waiting, so that group commit can put many commands in one transaction; the
 * caller is answered once that append has committed. Every append carries the version it was
 * decided on: if the log disagrees, nothing is stored, the aggregate is reloaded and the command
 * decided again (on a log other nodes share, a stream's next command waits for its last append:
 * {@link StreamsInFlight}). A stream not yet in memory is read on another thread
 * ({@link AggregateCache}) while the commands for other streams go on. It judges no rule of the
 * log itself: the expected version is {@link ExpectedVersion#check}'s, a repeated command id
 * {@link CommandIdRule}'s, the rules' one owners, which the store applies to every append too.
 */
public final class CommandWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandWriter.class);
    private static final int MAX_ATTEMPTS = 5;

    private final Object submitLock = new Object();
    private final BlockingQueue<WriterMessage> mailbox = new LinkedBlockingQueue<>();
    private final EventStore store;
    private final AggregateCache aggregates;
    private final Registers registers;
    private final Refusals refusals;
    private final Map<String, PendingCommand> inFlight = new ConcurrentHashMap<>();
    private final RecentCommandIds recent = new RecentCommandIds();
    private final AtomicInteger appending = new AtomicInteger();
    private final StreamsInFlight streams;
    private final LogWrites logWrites = new LogWrites();
    private final Thread thread;
    private volatile boolean stopping;

    CommandWriter(EventStore store, int aggregatesInMemory) {
        this(store, aggregatesInMemory, LocationMode.OPEN);
    }

    /** {@code locations}: the site setting {@code tally.locations}, strict or open. */
    CommandWriter(EventStore store, int aggregatesInMemory, LocationMode locations) {
        this.store = store;
        this.streams = new StreamsInFlight(store.sharedWithOtherNodes());
        this.aggregates = new AggregateCache(store, aggregatesInMemory, mailbox::add);
        this.registers = new Registers(store, locations);
        this.refusals = new Refusals(store, registers, aggregates, mailbox::add,
                (pending, answer, problem) -> finish(pending, answer, null, problem));
        this.thread = new Thread(this::run, "command-writer");
        thread.start();
    }

    /** Queues a command; the answer completes once its events are committed, or with a problem. */
    public CompletableFuture<CommandAnswer> submit(CommandEnvelope command) {
        return record(command).thenApply(Recorded::answer);
    }

    /** {@link #submit}, answering the events recorded as well. */
    public CompletableFuture<Recorded> record(CommandEnvelope command) {
        var pending = new PendingCommand(command);
        synchronized (submitLock) {
            if (stopping) {
                pending.fail(CommandProblem.unavailable("the server is stopping"));
            } else {
                mailbox.add(pending);
            }
        }
        return pending.outcome();
    }

    /** Whether the log takes this writer's appends, and how fast: readiness and metrics. */
    public LogWrites logWrites() {
        return logWrites;
    }

    /** How many streams have been read from the log, for tests and benchmarks. */
    long streamLoads() {
        return aggregates.loads();
    }

    private void run() {
        while (!(stopping && mailbox.isEmpty() && appending.get() == 0 && !aggregates.loading())) {
            WriterMessage message;
            try {
                message = mailbox.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            switch (message) {
                case null -> { } // nothing came in 50 ms: look whether it is time to stop
                case PendingCommand pending -> decideSafely(pending);
                case ForgetAggregate forget -> forget(forget.aggregate());
                case StreamLoaded loaded -> decideLoaded(loaded);
                case StreamSettled settled -> decideParked(settled);
            }
        }
    }

    /** On a shared log: a retried command, then those that waited for the stream's append. */
    private void decideParked(StreamSettled settled) {
        List<PendingCommand> parked = streams.settled(settled.stream());
        Stream.ofNullable(settled.retry()).forEach(this::decideSafely);
        parked.forEach(this::decideSafely);
    }

    /** The commands that waited for a stream to be read, decided now in the order they came. */
    private void decideLoaded(StreamLoaded loaded) {
        for (PendingCommand pending : aggregates.take(loaded)) {
            if (loaded.error() == null) {
                decideSafely(pending);
            } else {
                cannotDecide(pending, "could not read " + loaded.stream(), loaded.error());
            }
        }
    }

    private void decideSafely(PendingCommand pending) {
        try {
            decide(pending);
        } catch (RuntimeException e) {
            cannotDecide(pending, "could not decide " + pending.command(), e);
        }
    }

    private void cannotDecide(PendingCommand pending, String why, Throwable error) {
        LOG.error(why, error);
        finish(pending, null, null, CommandProblem.unavailable("the command could not be"
                + " decided: " + error.getClass().getSimpleName()));
    }

    private void decide(PendingCommand pending) {
        CommandEnvelope c = pending.command();
        PendingCommand first = inFlight.get(c.commandId());
        if (first != null && first != pending) {
            // The same id is being appended right now. Once that settles the log knows the id,
            // so deciding this one again brings it to the command-id rule like any retry.
            first.outcome().whenComplete((answer, error) -> mailbox.add(pending));
            return;
        }
        if (c.clientGaveId() && recent.contains(c.commandId())) {
            refusals.refuse(pending, CommandProblem.unavailable("the command's id is no longer known"));
            return; // a retry: the log knows its id (RecentCommandIds)
        }
        if (aggregates.parkBehind(pending)) {
            return;
        }
        BinRegister register = registers.bins().forDeciding(c.command(), appending::get);
        Function<String, Aggregate> known = stream -> BinsInMemory.isBin(stream)
                ? registers.bins().bin(stream) : aggregates.lookup(stream, pending);
        for (String stream : Decider.needs(c.command(), known)) {
            if (known.apply(stream) == null) {
                aggregates.await(stream, pending);
                return;
            }
        }
        Aggregate aggregate = known.apply(c.stream());
        long before = aggregate.version();
        List<TallyEvent> events;
        try {
            if (c.expectedVersion() != null) {
                ExpectedVersion.exactly(c.expectedVersion()).check(c.stream(), before);
            }
            if (streams.parkWhileAppending(c.stream(), pending)) {
                return; // decided once its stream's append has settled (StreamsInFlight)
            }
            events = Decider.decide(c.command(), known, register,
                    registers.barcodes().forDeciding(c.command(), appending::get));
        } catch (VersionConflict conflict) {
            refusals.refusedOn(pending, CommandProblem.versionConflict(conflict), known);
            return;
        } catch (Refusal r) {
            refusals.refusedOn(pending, CommandProblem.refused(r), known);
            return;
        }
        registers.decided(c.commandId(), events);
        // In flight before the store can answer, or a quick answer would leave a stale entry.
        inFlight.put(c.commandId(), pending);
        appending.incrementAndGet();
        streams.appending(c.stream());
        CompletableFuture<AppendResult> appended;
        try {
            appended = logWrites.watch(store.append(new AppendRequest(c.stream(),
                    ExpectedVersion.exactly(before), c.commandId(), c.user(), c.fingerprint(),
                    List.copyOf(events))));
        } catch (RuntimeException e) {
            streams.settled(c.stream()).forEach(mailbox::add);
            appending.decrementAndGet();
            forget(aggregate);
            throw e;
        }
        appended.whenComplete((result, error) -> settle(pending, aggregate, events, result, error));
    }

    /** Runs on the store's confirming thread: only answer and queue, never block. */
    private void settle(PendingCommand pending, Aggregate aggregate, List<TallyEvent> events,
                        AppendResult result, Throwable error) {
        PendingCommand retry = null;
        try {
            if (result != null) {
                recent.taken(result.commandId());
                registers.settled(result, events);
                if (result.duplicate() && !events.isEmpty()) {
                    mailbox.add(new ForgetAggregate(aggregate));
                }
                finish(pending, CommandAnswer.of(result), result.duplicate() ? null : events,
                        null);
                return;
            }
            switch (error instanceof CompletionException ? error.getCause() : error) {
                case VersionConflict _ when pending.attempts() < MAX_ATTEMPTS -> {
                    mailbox.add(new ForgetAggregate(aggregate));
                    pending.retried();
                    retry = pending;
                }
                case CommandIdReused _ -> {
                    if (!events.isEmpty()) {
                        mailbox.add(new ForgetAggregate(aggregate));
                    }
                    finish(pending, null, null, CommandProblem.idempotencyKeyReused(
                            pending.command().commandId()));
                }
                case Throwable cause -> { // a full disk is no fault to warn of: it passes
                    mailbox.add(new ForgetAggregate(aggregate));
                    if (!(cause instanceof DiskFull)) {
                        LOG.warn("append of {} failed", pending.command().name(), cause);
                    }
                    finish(pending, null, null, CommandProblem.notLogged(cause,
                            pending.command().commandId()));
                }
            }
        } finally {
            streams.afterSettle(pending.command().stream(), retry, mailbox::add);
            appending.decrementAndGet();
        }
    }

    /** What was decided on this aggregate did not reach the log: forget it, and the register. */
    private void forget(Aggregate aggregate) {
        aggregates.evict(aggregate);
        registers.forget();
    }

    private void finish(PendingCommand pending, CommandAnswer answer, List<TallyEvent> events,
                        CommandProblem problem) {
        inFlight.remove(pending.command().commandId(), pending);
        if (answer != null) {
            pending.complete(answer, events);
        } else {
            pending.fail(problem);
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
        registers.close();
        WriterMessage.answerLeftovers(mailbox);
    }
}
