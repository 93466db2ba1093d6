package tally.client.testing;

import java.util.Map;
import java.util.TreeMap;
import tally.client.api.WireShapes.Barcode;
import tally.client.api.WireShapes.CommandResult;

/**
 * The fake server's barcodes, as docs/api.md has them: {@code assign-barcode} makes a GTIN an
 * alias of a SKU, {@code GET /api/barcodes/{code}} answers it as 14 digits (400 for a code that
 * is no GTIN, 404 for one no product has). Written from the contract, not from the console's
 * scan reader, so that a mistake there is not repeated here.
 */
abstract class FakeBarcodeCalls extends FakeBinCalls {
    private final Map<String, String> skuOf = new TreeMap<>();
    /** How many barcode lookups were asked: a SKU the console knows needs none. */
    public int barcodeLookups;
    private long barcodePosition;

    /** The product's name, or null when no such product is registered. */
    abstract String nameOf(String sku);

    /** A barcode assigned before the test, as a supervisor would have. */
    public synchronized void assignBarcode(String code, String sku) {
        skuOf.put(fourteen(code), sku);
    }

    synchronized CommandResult assignBarcode(Map<String, Object> body) {
        String sku = (String) body.get("sku");
        String code = (String) body.get("barcode");
        if (code == null || !isGtin(code)) {
            throw FakeWarehouse.problem(400, "invalid-request", "barcode: not a GTIN");
        }
        if (nameOf(sku) == null) {
            throw FakeWarehouse.problem(422, "unknown-product", "no product " + sku);
        }
        skuOf.put(fourteen(code), sku);
        Object id = body.get("commandId");
        return new CommandResult(id == null ? "generated" : id.toString(), "product-" + sku, 1,
                ++barcodePosition);
    }

    @Override
    public synchronized Barcode barcode(String code) {
        reachable();
        barcodeLookups++;
        if (!isGtin(code)) {
            throw FakeWarehouse.problem(400, "invalid-request", "code: not a GTIN");
        }
        String sku = skuOf.get(fourteen(code));
        if (sku == null) {
            throw FakeWarehouse.problem(404, "not-found", "no product has barcode " + code);
        }
        return new Barcode(fourteen(code), sku, nameOf(sku), barcodePosition);
    }

    /** 8, 12, 13 or 14 digits with the GS1 check digit right. */
    static boolean isGtin(String code) {
        if (!code.matches("\\d{8}|\\d{12,14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < code.length() - 1; i++) {
            int weight = (code.length() - 1 - i) % 2 == 1 ? 3 : 1;
            sum += weight * (code.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10 == code.charAt(code.length() - 1) - '0';
    }

    private static String fourteen(String code) {
        return "0".repeat(14 - code.length()) + code;
    }
}
