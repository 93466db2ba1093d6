package tally.client.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;
import tally.client.ui.Who;

class ActivityViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final ActivityViewModel activity = rig.activity;

    @Test
    void shows_the_newest_first_and_adds_what_happens_on_top() {
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 2L));
        assertThat(activity.items()).extracting(ActivityItem::position)
                .containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(activity.items().get(0).summary()).isEqualTo("picked 2 at A-01");
        assertThat(ActivityView.productOf(activity.items().get(0).stream())).isEqualTo("SKU-1");
    }

    @Test
    void tells_who_did_each_entry_and_a_dash_where_nobody_was_recorded() {
        rig.api.actAs("ann");
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));
        rig.api.actAs(null);
        rig.api.otherClient("pick-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 1L));

        assertThat(activity.items()).extracting(i -> Who.shown(i.user()))
                .containsExactly("-", "ann", "operator", "operator", "operator", "operator");
        var fresh = new ViewModelRig();
        fresh.api.actAs(null);
        fresh.seeded().started();
        assertThat(fresh.activity.items()).extracting(ActivityItem::user).containsOnlyNulls();
    }

    @Test
    void a_replayed_item_is_not_shown_twice_and_the_feed_keeps_its_length() {
        activity.heard(new Changed(new ActivityAdded(3,
                new ActivityItem(3, "product-SKU-1", "StockReceived", "t", null, "again"))));
        assertThat(activity.items()).hasSize(4);
        for (long p = 10; p < 10 + ActivityViewModel.KEEP; p++) {
            activity.heard(new Changed(new ActivityAdded(p,
                    new ActivityItem(p, "product-SKU-1", "StockPicked", "t", "ann", "x"))));
        }
        assertThat(activity.items()).hasSize(ActivityViewModel.KEEP);
        assertThat(activity.items().get(0).position()).isEqualTo(9 + ActivityViewModel.KEEP);
    }
}
