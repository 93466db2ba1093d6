package tally.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.util.List;
import tally.allocation.Allocation;
import tally.command.web.CommandCounts;
import tally.command.writer.CommandWriter;
import tally.query.StreamClients;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.users.UserAccounts;

/**
 * Binds Tally's own meters to the registry once the server's parts exist. Not as the framework's
 * {@code MeterBinder} beans: those are made while the registry is, and the read models' supervisor
 * needs the views database, whose pool asks for the registry: a circle.
 */
@Context
final class TallyMeters {

    TallyMeters(MeterRegistry registry, CommandCounts counts, CommandWriter writer,
                ReadModelSupervisor supervisor, ScrapedStatuses scraped,
                List<StreamClients> streams, UserAccounts accounts, Allocation allocation) {
        new CommandMeters(counts, writer).bindTo(registry);
        new FollowerMeters(supervisor, scraped).bindTo(registry);
        new ClientMeters(streams, accounts).bindTo(registry);
        new AllocationMeters(allocation).bindTo(registry);
    }
}
