package tally.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.openapi.DocumentedOperationsTest.json;
import static tally.server.openapi.DocumentedOperationsTest.ok;

/** The barcodes' part of the tour of every operation: assigned, looked up, listed, unassigned. */
final class BarcodeTour {
    private BarcodeTour() {
    }

    static void visit(CheckedHttp http) {
        ok(http.post("/api/commands/register-product",
                "{\"sku\":\"TOUR-BC\",\"name\":\"Washer\"}"));
        long assigned = json(ok(http.post("/api/commands/assign-barcode",
                "{\"sku\":\"TOUR-BC\",\"barcode\":\"4006381333931\"}"))).get("position").asLong();
        String waitFor = "?minPosition=" + assigned + "&waitMillis=10000";
        assertThat(json(ok(http.get("/api/barcodes/04006381333931" + waitFor))).get("sku")
                .asText()).isEqualTo("TOUR-BC");
        assertThat(json(ok(http.get("/api/barcodes" + waitFor + "&sku=TOUR-BC"))).get("items"))
                .hasSize(1);
        ok(http.post("/api/commands/unassign-barcode",
                "{\"sku\":\"TOUR-BC\",\"barcode\":\"4006381333931\"}"));
    }
}
