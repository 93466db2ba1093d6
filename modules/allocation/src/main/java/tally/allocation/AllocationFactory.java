package tally.allocation;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import java.nio.file.Path;
import tally.command.gateway.CommandGateway;
import tally.eventstore.EventStore;

/**
 * The allocation of this process: started with the server (it has work as soon as the log holds
 * an order nobody reacted to) and closed before the command writer and the log it uses, since it
 * depends on both. Its database lies in the data folder beside the log and the views.
 */
@Factory
final class AllocationFactory {

    @Context
    @Bean(preDestroy = "close")
    Allocation allocation(EventStore store, CommandGateway gateway,
                          @Value("${tally.data:tally-data}") String data) {
        return Allocation.start(Path.of(data), store, new GatewayPort(gateway));
    }
}
