package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandIdsTest {

    @Test
    void made_up_ids_are_unique_version_7_uuids_that_rise_with_time() {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 2000; i++) {
            ids.add(CommandIds.next());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        long lastMillis = 0;
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            long millis = uuid.getMostSignificantBits() >>> 16;
            assertThat(millis).isGreaterThanOrEqualTo(lastMillis)
                    .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
            lastMillis = millis;
        }
    }
}
