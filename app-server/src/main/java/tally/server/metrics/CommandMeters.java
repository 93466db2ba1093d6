package tally.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import tally.command.web.CommandCounts;
import tally.command.web.CommandCounts.Outcome;
import tally.command.writer.CommandWriter;
import tally.command.writer.LogWrites;

/**
 * The write side's meters: commands over HTTP by command and outcome, the time an append takes
 * from the writer's hand-over to its durable answer, and whether the log takes appends. The
 * counters are read from the command module's own adders when scraped, so a command costs no
 * more than an add; the one meter touched per command is the append timer, on the log's
 * confirming thread, never on an HTTP thread.
 */
final class CommandMeters implements MeterBinder {
    private final CommandCounts counts;
    private final LogWrites logWrites;

    CommandMeters(CommandCounts counts, CommandWriter writer) {
        this.counts = counts;
        this.logWrites = writer.logWrites();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String command : counts.commands()) {
            for (Outcome outcome : Outcome.values()) {
                FunctionCounter.builder("tally.commands", counts, c -> c.count(command, outcome))
                        .description("Commands over HTTP by command and what came of them")
                        .tag("command", command).tag("outcome", outcome.label())
                        .register(registry);
            }
        }
        Timer appends = Timer.builder("tally.append.latency")
                .description("An append from the command writer's hand-over to the log's durable"
                        + " answer")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        logWrites.onLatency(nanos -> appends.record(nanos, TimeUnit.NANOSECONDS));
        Gauge.builder("tally.log.writable", logWrites, w -> w.failure() == null ? 1 : 0)
                .description("1 while the log took the last append, 0 from a failed one until one"
                        + " is taken again")
                .register(registry);
    }
}
