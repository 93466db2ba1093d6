package tally.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.testing.ViewModelRig;

class PendingWritesTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final PendingWrites writes = rig.writes;

    @Test
    void a_write_stays_pending_until_the_read_model_reaches_its_position() {
        rig.api.controlProjection("stock", "pause");
        rig.api.controlProjection("locations", "pause");
        writes.issued("SKU-1", List.of("A-01"), 9);

        assertThat(writes.bySku().get("SKU-1")).isEqualTo(new Write(9, false));
        assertThat(writes.byLocation().get("A-01")).isEqualTo(new Write(9, false));

        writes.heard(new Changed(new ProjectionChanged(9,
                new ProjectionStatus("stock", 8, 9, 1, 40, "RUNNING", 0, null))));
        assertThat(writes.bySku().get("SKU-1").applied()).isFalse();
        writes.heard(new Changed(new ProjectionChanged(9,
                new ProjectionStatus("stock", 9, 9, 0, 0, "RUNNING", 0, null))));
        assertThat(writes.bySku().get("SKU-1")).isEqualTo(new Write(9, true));
        assertThat(writes.byLocation().get("A-01").applied()).isFalse();
    }

    @Test
    void a_write_the_read_model_has_already_passed_is_applied_at_once() {
        writes.issued("SKU-2", List.of(), 3);
        assertThat(writes.bySku().get("SKU-2")).isEqualTo(new Write(3, true));
        assertThat(new Write(3, true).describe()).isEqualTo("✓ applied (3)");
    }
}
