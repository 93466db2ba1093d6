package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tally.command.domain.ProductFixture.given;
import static tally.command.domain.ProductTest.REGISTERED;
import static tally.command.domain.ProductTest.SKU;
import static tally.command.domain.ProductTest.TEN_AT_A1;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.command.domain.ProductCommand.ChangeReorderPoint;
import tally.command.domain.ProductCommand.RenameProduct;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.ReorderPointChanged;

/** Product care: renaming a product and changing its reorder point (docs/api.md). */
class ProductCareTest {

    @Test
    void renames_a_product_and_leaves_its_stock_alone() {
        var product = given(REGISTERED, TEN_AT_A1).when(new RenameProduct(SKU, "  Hex bolt M8 "))
                .then(new ProductRenamed(SKU, "Hex bolt M8"));
        assertThat(product.stock()).isEqualTo(Map.of("A1", 10L));
    }

    @Test
    void a_rename_to_the_name_the_product_already_has_records_nothing() {
        given(REGISTERED).when(new RenameProduct(SKU, "Bolt")).then();
        given(REGISTERED, new ProductRenamed(SKU, "Nut")).when(new RenameProduct(SKU, "Nut"))
                .then();
        given(REGISTERED, new ProductRenamed(SKU, "Nut")).when(new RenameProduct(SKU, "Bolt"))
                .then(new ProductRenamed(SKU, "Bolt"));
    }

    @Test
    void changes_the_reorder_point_and_records_nothing_when_it_already_is_that() {
        given(REGISTERED).when(new ChangeReorderPoint(SKU, 20))
                .then(new ReorderPointChanged(SKU, 20));
        given(REGISTERED).when(new ChangeReorderPoint(SKU, 5)).then();
        given(REGISTERED, new ReorderPointChanged(SKU, 0)).when(new ChangeReorderPoint(SKU, 0))
                .then();
    }

    @Test
    void refuses_care_for_a_product_never_registered() {
        given().when(new RenameProduct(SKU, "Bolt")).thenRefused(UnknownProduct.class, SKU);
        given().when(new ChangeReorderPoint(SKU, 3)).thenRefused(UnknownProduct.class, SKU);
    }

    @Test
    void a_blank_name_or_a_negative_reorder_point_is_not_a_command() {
        assertThatThrownBy(() -> new RenameProduct(SKU, "  "))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ChangeReorderPoint(SKU, -1))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("reorderPoint");
        assertThatThrownBy(() -> new RenameProduct("SKU 1", "Bolt"))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("sku");
    }
}
