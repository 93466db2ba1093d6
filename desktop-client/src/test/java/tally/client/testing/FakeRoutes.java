package tally.client.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tally.client.api.WireShapes.NewUser;
import tally.client.api.WireShapes.UserChange;

/** docs/api.md's routes onto the fake's methods. */
final class FakeRoutes {
    private FakeRoutes() {
    }

    /** What a call needs: a session (every call but signing in) and, for some, a role. */
    static Set<String> roles(String method, String[] p) {
        return switch (p[0]) {
            case "commands" -> FakeSessions.rolesForCommand(p.length > 1 ? p[1] : "");
            case "projections" -> method.equals("GET") ? FakeSessions.ANY
                    : FakeSessions.READ_MODELS;
            case "users" -> FakeSessions.USERS;
            default -> FakeSessions.ANY;
        };
    }

    static boolean open(String method, String[] p) {
        return method.equals("POST") && p[0].equals("sessions") && p.length == 1;
    }

    @SuppressWarnings("unchecked")
    static Object answer(FakeTallyApi api, String method, String[] p, Map<String, String> q,
                         Supplier<Map<String, Object>> body, String token) {
        String route = method + " " + p[0] + (p.length > 1 ? " *" : "")
                + (p.length > 2 ? " " + p[2] : "");
        return switch (route) {
            case "POST sessions" -> {
                var b = body.get();
                yield api.sessions().signIn((String) b.get("username"),
                        (String) b.get("password"));
            }
            case "DELETE sessions *" -> {
                api.sessions().signOut(token);
                yield null;
            }
            case "GET users" -> api.users();
            case "POST users" -> {
                var b = body.get();
                yield api.addUser(new NewUser((String) b.get("username"),
                        (String) b.get("password"), (List<String>) b.get("roles"),
                        (String) b.get("displayName")));
            }
            case "PUT users *" -> {
                var b = body.get();
                yield api.changeUser(p[1], new UserChange((String) b.get("displayName"),
                        (List<String>) b.get("roles"), (Boolean) b.get("enabled")));
            }
            case "PUT users * password" -> {
                api.resetPassword(p[1], (String) body.get().get("password"));
                yield null;
            }
            case "POST commands *" -> api.command(p[1], body.get());
            case "GET stock" -> api.stock();
            case "GET stock *" -> api.stock(p[1], Long.parseLong(q.getOrDefault("minPosition",
                    "0")), Integer.parseInt(q.getOrDefault("waitMillis", "0")));
            case "GET locations" -> api.locations();
            case "GET locations *" -> api.location(p[1]);
            case "GET barcodes *" -> api.barcode(p[1]);
            case "GET activity" -> api.activity(Integer.parseInt(q.getOrDefault("limit", "50")));
            case "GET events" -> api.events(Long.parseLong(q.getOrDefault("after", "0")),
                    Integer.parseInt(q.getOrDefault("limit", "100")));
            case "GET orders" -> api.orders(q.get("status"));
            case "GET orders *" -> api.order(p[1], Long.parseLong(q.getOrDefault("minPosition",
                    "0")));
            case "GET orders * pick-list" -> api.pickList(p[1],
                    Long.parseLong(q.getOrDefault("minPosition", "0")));
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
