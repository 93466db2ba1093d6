package tally.server.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL while appending and projecting, then started again on the same
 * folder: once caught up, every read model equals a fresh fold of the log. A projection batch
 * cut off by the kill was never committed, checkpoint included, so it is applied once, again.
 */
class CrashRecoveryTest {

    @TempDir
    Path data;

    @Test
    void read_models_after_a_kill_and_a_restart_equal_a_fresh_fold_of_the_log() throws Exception {
        var loaded = new ServerProcess(data.resolve("loaded.log"),
                LoadedServer.class.getName(), data.toString(), "42");
        try {
            long head = 0;
            while (head < 3000) {
                head = Long.parseLong(loaded.awaitLine("head ", Duration.ofSeconds(60)).substring(5));
            }
        } finally {
            loaded.process.destroyForcibly().waitFor(); // SIGKILL on Linux: no hook runs
        }

        try (var server = new ServerProcess(data.resolve("server.log"), "tally.server.Tally",
                "server", "--port", "0", "--data", data.toString())) {
            String listening = server.awaitLine("Tally listening on ", Duration.ofSeconds(60));
            URI base = URI.create(listening.substring("Tally listening on ".length()));
            awaitCaughtUp(base);
            ReferenceFold fold = foldTheLog(base);

            assertThat(stockOf(base)).isEqualTo(expectedStock(fold));
            for (String sku : fold.products.keySet()) {
                assertThat(get(base, "/api/stock/" + sku).get("locations")).as(sku)
                        .isEqualTo(pairs(fold.products.get(sku).at(), "location"));
            }
            for (var location : fold.locations.entrySet()) {
                assertThat(get(base, "/api/locations/" + location.getKey()).get("items"))
                        .as(location.getKey()).isEqualTo(pairs(location.getValue(), "sku"));
            }
            assertThat(activityOf(base)).isEqualTo(expectedActivity(fold));
        }
    }

    private static void awaitCaughtUp(URI base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            @SuppressWarnings("unchecked")
            var statuses = (List<Map<String, Object>>) ServerProcess.get(base.resolve("/api/projections"));
            if (statuses.stream().allMatch(s -> s.get("state").equals("RUNNING")
                    && s.get("lag").equals(0) && ((Number) s.get("headPosition")).longValue() > 0)) {
                return;
            }
            assertThat(System.nanoTime()).as("caught up: " + statuses).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> get(URI base, String path) throws Exception {
        return (Map<String, Object>) ServerProcess.get(base.resolve(path));
    }

    @SuppressWarnings("unchecked")
    private static ReferenceFold foldTheLog(URI base) throws Exception {
        var fold = new ReferenceFold();
        long after = 0;
        while (true) {
            var page = (List<Map<String, Object>>) get(base, "/api/events?limit=1000&after=" + after)
                    .get("items");
            if (page.isEmpty()) {
                return fold;
            }
            page.forEach(fold::apply);
            after = ((Number) page.get(page.size() - 1).get("position")).longValue();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> stockOf(URI base) throws Exception {
        return (List<Object>) get(base, "/api/stock").get("items");
    }

    private static List<Object> expectedStock(ReferenceFold fold) {
        var items = new ArrayList<Object>();
        fold.products.forEach((sku, p) -> items.add(Map.of("sku", sku, "name", p.name(),
                "onHand", (int) ReferenceFold.onHand(p), "reserved", 0,
                "available", (int) ReferenceFold.onHand(p), "reorderPoint", p.reorderPoint(),
                "belowReorderPoint", ReferenceFold.onHand(p) < p.reorderPoint(),
                "version", (int) p.version())));
        return items;
    }

    /** A product's locations (each with its reserved units: none here) or a location's SKUs. */
    private static List<Object> pairs(Map<String, Long> quantities, String keyName) {
        return quantities.entrySet().stream().map(e -> (Object) (keyName.equals("location")
                ? Map.of(keyName, e.getKey(), "quantity", e.getValue().intValue(), "reserved", 0)
                : Map.of(keyName, e.getKey(), "quantity", e.getValue().intValue())))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> activityOf(URI base) throws Exception {
        return ((List<Map<String, Object>>) get(base, "/api/activity?limit=500").get("items"))
                .stream().map(i -> (Object) List.of(i.get("position"), i.get("stream"),
                        i.get("type"), i.get("occurredAt"))).toList();
    }

    private static List<Object> expectedActivity(ReferenceFold fold) {
        var newest = new ArrayList<Object>();
        for (int i = fold.events.size() - 1; i >= 0 && newest.size() < 500; i--) {
            var e = fold.events.get(i);
            newest.add(List.of(e.get("position"), e.get("stream"), e.get("type"), e.get("occurredAt")));
        }
        return newest;
    }
}
