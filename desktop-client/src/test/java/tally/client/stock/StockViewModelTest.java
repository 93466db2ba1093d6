package tally.client.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class StockViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final StockViewModel stock = rig.stock;

    @Test
    void marks_the_products_below_their_reorder_point_and_counts_them() {
        assertThat(stock.rows())
                .extracting(StockOverviewRow::sku, StockOverviewRow::belowReorderPoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SKU-1", false),
                        org.assertj.core.groups.Tuple.tuple("SKU-2", true));
        assertThat(stock.summaryProperty().get())
                .isEqualTo("2 of 2 products shown, 1 below their reorder point");
    }

    @Test
    void filters_by_sku_or_name_and_by_being_below_the_reorder_point() {
        stock.filterProperty().set("widget");
        assertThat(stock.visibleRows()).extracting(StockOverviewRow::sku).containsExactly("SKU-1");
        stock.filterProperty().set("");
        stock.belowOnlyProperty().set(true);
        assertThat(stock.visibleRows()).extracting(StockOverviewRow::sku).containsExactly("SKU-2");
        assertThat(stock.summaryProperty().get()).startsWith("1 of 2 products shown");
    }

    @Test
    void a_change_made_by_another_client_appears_live() {
        rig.api.otherClient("register-product", CommandBody.of("sku", "SKU-3", "name", "New"));
        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "B-02",
                "quantity", 40L));

        assertThat(stock.rows()).extracting(StockOverviewRow::sku)
                .containsExactly("SKU-1", "SKU-2", "SKU-3");
        assertThat(stock.find("SKU-2").orElseThrow().onHand()).isEqualTo(60);
        assertThat(stock.summaryProperty().get()).endsWith("0 below their reorder point");
        assertThat(stock.positionProperty().get()).isEqualTo(6);
    }

    @Test
    void a_replayed_older_message_does_not_overwrite_a_newer_row() {
        stock.heard(new Changed(new StockChanged(3, new StockDetail(3, "SKU-1", "Blue widget",
                7, 0, 7, 10, true, 1, List.of(new LocationQuantity("A-01", 7, 0))))));
        assertThat(stock.find("SKU-1").orElseThrow().onHand()).isEqualTo(40);
    }
}
