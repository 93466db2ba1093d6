package tally.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row of docs/api.md's "who may" table, allowed and refused, as the console reads it. */
class DutyTest {
    private static final List<String> ROLES = List.of("operator", "supervisor", "trainer",
            "admin");

    /** The table as docs/api.md writes it: what, and who may. */
    private static final Map<String, Set<String>> COMMANDS = Map.ofEntries(
            Map.entry("receive-stock", Set.of("operator", "supervisor")),
            Map.entry("move-stock", Set.of("operator", "supervisor")),
            Map.entry("pick-stock", Set.of("operator", "supervisor")),
            Map.entry("adjust-stock", Set.of("operator", "supervisor")),
            Map.entry("confirm-pick", Set.of("operator", "supervisor")),
            Map.entry("register-product", Set.of("supervisor")),
            Map.entry("place-order", Set.of("supervisor")),
            Map.entry("cancel-order", Set.of("supervisor")),
            Map.entry("ship-order", Set.of("supervisor")),
            Map.entry("define-location", Set.of("supervisor")),
            Map.entry("change-location", Set.of("supervisor")),
            Map.entry("retire-location", Set.of("supervisor")),
            Map.entry("rename-product", Set.of("supervisor")),
            Map.entry("change-reorder-point", Set.of("supervisor")),
            Map.entry("assign-barcode", Set.of("supervisor")));

    @Test
    void each_command_is_allowed_to_the_roles_of_its_row_and_refused_to_the_others() {
        COMMANDS.forEach((command, may) -> {
            for (String role : ROLES) {
                assertThat(Duty.ofCommand(command).allows(List.of(role)))
                        .as(role + " may " + command).isEqualTo(may.contains(role));
            }
        });
    }

    @Test
    void the_trainers_controls_are_for_trainers_and_admins_and_users_for_admins_only() {
        for (String role : ROLES) {
            assertThat(Duty.READ_MODELS.allows(List.of(role))).as(role + " controls read models")
                    .isEqualTo(role.equals("trainer") || role.equals("admin"));
            assertThat(Duty.USERS.allows(List.of(role))).as(role + " manages users")
                    .isEqualTo(role.equals("admin"));
        }
    }

    @Test
    void one_role_of_several_is_enough_and_none_is_not() {
        assertThat(Duty.CATALOGUE.allows(List.of("operator", "supervisor"))).isTrue();
        assertThat(Duty.STOCK.allows(List.of())).isFalse();
    }

    @Test
    void a_command_missing_from_the_table_is_an_error_not_a_silent_no() {
        assertThatThrownBy(() -> Duty.ofCommand("launch-rocket"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("launch-rocket");
    }
}
