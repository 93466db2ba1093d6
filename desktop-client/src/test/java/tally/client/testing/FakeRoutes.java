package tally.client.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** docs/api.md's routes onto the fake's methods. */
final class FakeRoutes {
    private FakeRoutes() {
    }

    static Object answer(FakeTallyApi api, String method, String[] p, Map<String, String> q,
                         Supplier<Map<String, Object>> body) {
        String route = method + " " + p[0] + (p.length > 1 ? " *" : "")
                + (p.length > 2 ? " " + p[2] : "");
        return switch (route) {
            case "POST commands *" -> api.command(p[1], body.get());
            case "GET stock" -> api.stock();
            case "GET stock *" -> api.stock(p[1], Long.parseLong(q.getOrDefault("minPosition",
                    "0")), Integer.parseInt(q.getOrDefault("waitMillis", "0")));
            case "GET locations" -> api.locations();
            case "GET locations *" -> api.location(p[1]);
            case "GET activity" -> api.activity(Integer.parseInt(q.getOrDefault("limit", "50")));
            case "GET events" -> api.events(Long.parseLong(q.getOrDefault("after", "0")),
                    Integer.parseInt(q.getOrDefault("limit", "100")));
            case "GET projections" -> api.projections();
            case "POST projections * pause", "POST projections * resume",
                    "POST projections * rebuild", "POST projections * break" -> {
                api.controlProjection(p[1], p[2]);
                yield null;
            }
            case "PUT projections * delay" -> {
                api.delayProjection(p[1], ((Number) body.get().get("delayMillis")).longValue());
                yield null;
            }
            default -> throw FakeWarehouse.problem(404, "not-found", "no route " + route);
        };
    }

    static Map<String, String> query(URI uri) {
        var q = new HashMap<String, String>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                q.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return q;
    }
}
