package tally.users.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The path the role table judges is the one the router will route. */
class RoleTablePathTest {

    @Test
    void escapes_repeated_and_trailing_slashes_cannot_dodge_a_row() {
        for (String raw : new String[] {"/api/users", "/api//users", "/api/users/",
                "/api/%75sers", "//api///users//"}) {
            assertThat(RoleTable.normalized(URI.create(raw))).as(raw).isEqualTo("/api/users");
        }
        assertThat(RoleTable.normalized(URI.create("/"))).isEqualTo("/");
    }

    @Test
    void every_command_name_the_table_does_not_list_needs_the_strictest_command_role() {
        var row = RoleTable.ROWS.stream()
                .filter(r -> r.path().matcher("/api/commands/sell-stock").matches())
                .findFirst().orElseThrow();
        assertThat(row.whoMay()).isEqualTo("the role supervisor");
    }
}
