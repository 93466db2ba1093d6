package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import tally.events.InventoryEvent;

/** given(events).when(command).then(events) or .thenRefused(refusal), for one product. */
final class ProductFixture {
    private final Product product;
    private ProductCommand command;

    private ProductFixture(Product product) {
        this.product = product;
    }

    static ProductFixture given(InventoryEvent... history) {
        return new ProductFixture(Product.replay(ProductTest.SKU, List.of(history)));
    }

    ProductFixture when(ProductCommand command) {
        this.command = command;
        return this;
    }

    Product then(InventoryEvent... expected) {
        long before = product.version();
        assertThat(product.decide(command)).containsExactly(expected);
        assertThat(product.version()).isEqualTo(before + expected.length);
        return product;
    }

    void thenRefused(Class<? extends Refusal> refusal, String message) {
        var stockBefore = product.stock();
        long versionBefore = product.version();
        Throwable thrown = catchThrowable(() -> product.decide(command));
        assertThat(thrown).isInstanceOf(refusal).hasMessageContaining(message);
        assertThat(product.stock()).isEqualTo(stockBefore);
        assertThat(product.version()).isEqualTo(versionBefore);
    }
}
