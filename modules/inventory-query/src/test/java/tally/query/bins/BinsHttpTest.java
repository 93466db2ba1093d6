package tally.query.bins;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.query.testing.ServerTest;

@MicronautTest
class BinsHttpTest extends ServerTest {
    private long head;

    @BeforeAll
    void register() {
        head = append(new LocationDefined("B-1", null, null, null),
                new LocationDefined("A-1", "First", "A", 40), new LocationRetired("B-1"));
    }

    @Test
    void lists_the_bins_in_code_order_and_answers_one() {
        var all = get("/api/bins?minPosition=" + head);
        var one = get("/api/bins/A-1?minPosition=" + head);

        assertThat(all.get("position")).isEqualTo((int) head);
        assertThat(all.get("items")).isEqualTo(List.of(
                bin("A-1", "First", "A", 40, false, 1),
                bin("B-1", null, null, null, true, 2)));
        var expected = bin("A-1", "First", "A", 40, false, 1);
        expected.put("position", (int) head);
        assertThat(one).isEqualTo(expected);
    }

    @Test
    void a_bin_never_defined_is_not_found() {
        var refused = failure(HttpRequest.GET("/api/bins/Z-9"));

        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(refused.getResponse().getBody(String.class).orElseThrow())
                .contains("bin Z-9 has never been defined");
    }

    private static Map<String, Object> bin(String location, String name, String zone,
                                           Integer capacity, boolean retired, int version) {
        var keys = Arrays.asList("location", "name", "zone", "capacity", "retired", "version");
        var values = Arrays.<Object>asList(location, name, zone, capacity, retired, version);
        var bin = new HashMap<String, Object>();
        for (int i = 0; i < keys.size(); i++) {
            bin.put(keys.get(i), values.get(i));
        }
        return bin;
    }
}
