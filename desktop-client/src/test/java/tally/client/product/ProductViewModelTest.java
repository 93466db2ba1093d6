package tally.client.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;

class ProductViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private final ProductViewModel product = rig.product;

    @Test
    void shows_a_product_with_its_locations_and_follows_its_changes_live() {
        product.show("SKU-1");
        assertThat(product.detailProperty().get().onHand()).isEqualTo(40);
        assertThat(product.locations()).extracting(l -> l.location() + "=" + l.quantity())
                .containsExactly("A-01=40");

        rig.api.otherClient("move-stock", CommandBody.of("sku", "SKU-1", "from", "A-01",
                "to", "C-03",
                "quantity", 15L));
        rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "C-03",
                "quantity", 1L));
        assertThat(product.locations()).extracting(l -> l.location() + "=" + l.quantity())
                .containsExactly("A-01=25", "C-03=15");
        assertThat(product.messageProperty().get()).isEqualTo("SKU-1 lies in 2 locations.");
    }

    @Test
    void an_unknown_sku_is_said_to_be_unregistered() {
        product.show("SKU-404");
        assertThat(product.detailProperty().get()).isNull();
        assertThat(product.messageProperty().get()).isEqualTo("No product SKU-404 is registered.");
    }
}
