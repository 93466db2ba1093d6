package tally.client.command;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import tally.client.api.ProblemException;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.StockLine;
import tally.client.scan.Scan;
import tally.client.scan.ScanReader;
import tally.client.ui.UiExecutor;

/**
 * What a scan in the SKU field names: a SKU the console knows goes on at once; a barcode or a
 * GS1 element string is looked up ({@code GET /api/barcodes/{code}}), any other text is asked
 * of the stock read model. The answer comes on the FX thread.
 */
final class SkuCheck {
    /** What the scan named. */
    sealed interface Found {
        /** A product; {@code name} null when not known, {@code count} from a GS1 scan. */
        record Product(String sku, String name, OptionalLong count) implements Found {
        }

        /**
         * No such product; {@code sku} is what to register, {@code barcode} the GTIN (14
         * digits) that no product has yet; either may be null.
         */
        record NoProduct(String said, String sku, String barcode) implements Found {
        }

        /** Not looked up: the server did not answer. The form goes on; the server judges. */
        record Unchecked(String sku) implements Found {
        }
    }

    private final TallyApi api;
    private final UiExecutor ui;
    private final Function<String, Optional<StockLine>> catalogue;
    /** GTIN -> the product found for it: a barcode scanned again needs no lookup. */
    private final Map<String, Found.Product> byGtin = new ConcurrentHashMap<>();

    SkuCheck(TallyApi api, UiExecutor ui, Function<String, Optional<StockLine>> catalogue) {
        this.api = api;
        this.ui = ui;
        this.catalogue = catalogue;
    }

    /** Calls {@code then} at once for a SKU in the catalogue, else when the server answers. */
    void check(String typed, Consumer<Found> then) {
        Optional<StockLine> known = catalogue.apply(typed);
        if (known.isPresent()) {
            then.accept(new Found.Product(typed, known.get().name(), OptionalLong.empty()));
            return;
        }
        Scan scan = ScanReader.read(typed);
        Found.Product seen = switch (scan) {
            case Scan.Gtin(String gtin) -> byGtin.get(gtin);
            case Scan.Element(String gtin, OptionalLong count, _) -> {
                var p = byGtin.get(gtin);
                yield p == null ? null : new Found.Product(p.sku(), p.name(), count);
            }
            case Scan.Code _, Scan.Unreadable _ -> null;
        };
        if (seen != null) {
            then.accept(seen);
            return;
        }
        ui.call(() -> lookUp(typed, scan), then, e -> then.accept(new Found.Unchecked(typed)));
    }

    /** Blocks on HTTP: off the FX thread only. */
    private Found lookUp(String typed, Scan scan) {
        return switch (scan) {
            case Scan.Code(String sku) -> bySku(sku, "No product " + sku + ".", sku, null);
            case Scan.Gtin(String gtin) -> byBarcode(gtin, OptionalLong.empty())
                    // A SKU may be digits that make a GTIN: looked for as a SKU too.
                    .orElseGet(() -> bySku(typed, "No product has barcode " + gtin + ".", null,
                            gtin));
            case Scan.Element(String gtin, OptionalLong count, _) ->
                    byBarcode(gtin, count).orElseGet(() -> new Found.NoProduct(
                            "No product has barcode " + gtin + ".", null, gtin));
            case Scan.Unreadable(String text, String why) -> bySku(text,
                    "No product " + text + ", and it is no barcode: " + why + ".", null, null);
        };
    }

    private Optional<Found> byBarcode(String gtin, OptionalLong count) {
        try {
            var b = api.barcode(gtin);
            byGtin.put(gtin, new Found.Product(b.sku(), b.name(), OptionalLong.empty()));
            return Optional.of(new Found.Product(b.sku(), b.name(), count));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** {@code toRegister}, {@code barcode}: what to offer when no product has this SKU. */
    private Found bySku(String sku, String saidWhenUnknown, String toRegister, String barcode) {
        try {
            var line = api.stock(sku, 0, 0);
            return new Found.Product(line.sku(), line.name(), OptionalLong.empty());
        } catch (ProblemException e) {
            // 400: no SKU can look like this, so none is registered.
            if (e.problem().status() == 404 || e.problem().status() == 400) {
                return new Found.NoProduct(saidWhenUnknown, toRegister, barcode);
            }
            throw e;
        }
    }
}
