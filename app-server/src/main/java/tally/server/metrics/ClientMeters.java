package tally.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import tally.query.StreamClients;
import tally.users.UserAccounts;

/** Who is connected to the live streams, and the sign-ins refused since start. */
final class ClientMeters implements MeterBinder {
    private final List<StreamClients> streams;
    private final UserAccounts accounts;

    ClientMeters(List<StreamClients> streams, UserAccounts accounts) {
        this.streams = streams;
        this.accounts = accounts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (StreamClients stream : streams) {
            Gauge.builder("tally.stream.clients", stream, StreamClients::connected)
                    .description("Clients connected to a live stream now")
                    .tag("stream", stream.path()).register(registry);
        }
        FunctionCounter.builder("tally.signins.refused", accounts, a -> a.signInsRefused(false))
                .description("Sign-ins refused: a wrong name or password (401), or while the name"
                        + " is locked out (429)")
                .tag("reason", "bad-credentials").register(registry);
        FunctionCounter.builder("tally.signins.refused", accounts, a -> a.signInsRefused(true))
                .description("Sign-ins refused: a wrong name or password (401), or while the name"
                        + " is locked out (429)")
                .tag("reason", "locked-out").register(registry);
    }
}
