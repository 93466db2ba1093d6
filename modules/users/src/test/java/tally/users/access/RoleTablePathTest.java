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

    @Test
    void a_row_is_tried_only_where_its_pattern_could_match_and_then_as_its_pattern_says() {
        assertThat(RoleTable.Row.literalStart("/api(/.*)?")).isEqualTo("/api");
        assertThat(RoleTable.Row.literalStart("/api/users?")).isEqualTo("/api/user");
        assertThat(RoleTable.Row.literalStart(".*")).isEmpty();
        String[] paths = {"/", "/api", "/api/", "/apix", "/api/users", "/api/users/ann/password",
                "/api/userz", "/api/commands/receive-stock", "/api/commands/", "/api/projections",
                "/api/projections/stock/rebuild", "/api/sessions", "/api/setup", "/health"};
        for (var row : RoleTable.ROWS) {
            for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
                for (String path : paths) {
                    boolean byPattern = (row.methods().isEmpty() || row.methods().contains(method))
                            && row.path().matcher(path).matches();
                    assertThat(row.covering(method, path) != null).as(method + " " + path + " "
                            + row.what()).isEqualTo(byPattern);
                }
            }
        }
        assertThat(RoleTable.ROWS.get(0).covering("POST", "/api/sessions")).isNotNull();
        assertThat(RoleTable.ROWS.get(0).covering("GET", "/api/sessions")).isNull();
    }

    @Test
    void a_plain_path_is_judged_as_sent() {
        String sent = "/api/commands/receive-stock";
        assertThat(RoleTable.normalized(URI.create(sent))).isSameAs(sent);
        assertThat(RoleTable.normalized(URI.create("/api/stock?minPosition=3")))
                .isEqualTo("/api/stock");
    }
}
