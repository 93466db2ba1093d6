package tally.client.session;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The console's one copy of docs/api.md's "who may" table: what the server lets each role do.
 * The console offers only what the signed-in user's roles allow; the server still decides.
 * Every query and the live stream need only a signed-in user, so they have no duty here.
 */
public enum Duty {
    /** receive-stock, move-stock, pick-stock, adjust-stock, confirm-pick. */
    STOCK(Set.of("operator", "supervisor")),
    /**
     * register-product, rename-product, change-reorder-point, place-order, cancel-order,
     * ship-order, the bins' commands and assign-barcode.
     */
    CATALOGUE(Set.of("supervisor")),
    /** The trainer's controls: pause, resume, rebuild, delay and break a read model. */
    READ_MODELS(Set.of("trainer", "admin")),
    /** {@code /api/users}: the admin screen. */
    USERS(Set.of("admin"));

    private static final Map<String, Duty> COMMANDS = Map.ofEntries(
            Map.entry("receive-stock", STOCK), Map.entry("move-stock", STOCK),
            Map.entry("pick-stock", STOCK), Map.entry("adjust-stock", STOCK),
            Map.entry("confirm-pick", STOCK), Map.entry("register-product", CATALOGUE),
            Map.entry("place-order", CATALOGUE), Map.entry("cancel-order", CATALOGUE),
            Map.entry("ship-order", CATALOGUE), Map.entry("define-location", CATALOGUE),
            Map.entry("change-location", CATALOGUE), Map.entry("retire-location", CATALOGUE),
            Map.entry("rename-product", CATALOGUE), Map.entry("change-reorder-point", CATALOGUE),
            Map.entry("assign-barcode", CATALOGUE));

    private final Set<String> roles;

    Duty(Set<String> roles) {
        this.roles = roles;
    }

    /** The duty of {@code POST /api/commands/{name}}. */
    public static Duty ofCommand(String name) {
        Duty duty = COMMANDS.get(name);
        if (duty == null) {
            throw new IllegalArgumentException("no command " + name + " in the role table");
        }
        return duty;
    }

    /** The roles that may, as the server's 403 names them. */
    public Set<String> roles() {
        return roles;
    }

    public boolean allows(Collection<String> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
