package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.server.labels.PrintedPages;
import tally.server.openapi.OwnServer;

/** An allocated order's pick list printed: the stops in walk order, as the JSON one has them. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickListPdfHttpTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-pick-list-pdf");
    }

    @Test
    void the_printed_pick_list_walks_the_bins_in_order_with_sku_and_quantity() {
        var desk = OrderDesk.signedIn(server.getURI());
        desk.product("PL-1", "B-02", 5, "A-01", 3);
        desk.product("PL-2", "A-01", 2);
        desk.place("SO-PL-1", "PL-1", 6, "PL-2", 2);
        desk.awaitStatus("SO-PL-1", "ALLOCATED");

        var a = desk.http.get("/api/orders/SO-PL-1/pick-list.pdf?minPosition=" + desk.head());

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.header("Content-Disposition"))
                .hasValue("inline; filename=\"pick-list-SO-PL-1.pdf\"");
        var pages = new PrintedPages(a.bytes());
        assertThat(pages.count()).isEqualTo(1);
        String text = pages.text(1);
        assertThat(text).contains("Pick list SO-PL-1", "Location", "SKU", "Quantity");
        var stops = new java.util.ArrayList<String>();
        desk.pickList("SO-PL-1").get("items").forEach(i -> stops.add(i.get("location").asText()
                + " " + i.get("sku").asText() + " " + i.get("quantity").asLong()));
        assertThat(stops).as("the JSON pick list").hasSize(3);
        assertThat(text.lines().filter(l -> l.matches("(A-01|B-02) .*")).toList())
                .as("one row a stop, in the JSON list's walk order")
                .containsExactlyElementsOf(stops);
    }

    @Test
    void an_order_never_placed_is_a_404() {
        var desk = OrderDesk.signedIn(server.getURI());
        var a = desk.http.get("/api/orders/SO-NONE/pick-list.pdf");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).contains("no order SO-NONE");
    }
}
