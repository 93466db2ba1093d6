package tally.query.barcodes;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import tally.query.barcodes.BarcodeAnswers.BarcodeList;
import tally.query.barcodes.BarcodeAnswers.BarcodeView;
import tally.query.engine.checkpoints.CheckpointRepository;

/**
 * Reads the {@code barcodes} read model together with its checkpoint, in one SERIALIZABLE
 * snapshot (see {@code StockQueries}): an answer's {@code position} is what its rows show.
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
class BarcodeQueries {
    private final CheckpointRepository checkpoints;
    private final BarcodeRepository barcodes;

    BarcodeQueries(CheckpointRepository checkpoints, BarcodeRepository barcodes) {
        this.checkpoints = checkpoints;
        this.barcodes = barcodes;
    }

    /** The product whose alias {@code gtin} (14 digits) is. */
    public Optional<BarcodeView> barcode(String gtin) {
        long position = checkpoints.positionOf(BarcodesProjection.NAME);
        return barcodes.findBarcode(gtin).map(b -> new BarcodeView(b.barcode(), b.sku(),
                b.name(), position));
    }

    /** The aliases of {@code sku}, or of every product when it is null. */
    public BarcodeList barcodes(String sku) {
        long position = checkpoints.positionOf(BarcodesProjection.NAME);
        return new BarcodeList(sku == null ? barcodes.listAll() : barcodes.listOf(sku), position);
    }
}
