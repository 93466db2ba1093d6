package tally.query.barcodes;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import tally.query.barcodes.BarcodeAnswers.BarcodeLine;

/**
 * The {@code barcodes} tables as Micronaut Data sees them, for the queries; the projection
 * writes them with plain JDBC. Names are not quoted (see {@code StockRepository}).
 */
@JdbcRepository(dialect = Dialect.H2)
interface BarcodeRepository extends GenericRepository<BarcodeRepository.BarcodeRow, String> {

    @Query("SELECT b.barcode, b.sku, p.name FROM barcodes b JOIN barcode_products p"
            + " ON p.sku = b.sku WHERE b.barcode = :barcode")
    Optional<BarcodeLine> findBarcode(String barcode);

    @Query("SELECT b.barcode, b.sku, p.name FROM barcodes b JOIN barcode_products p"
            + " ON p.sku = b.sku WHERE b.sku = :sku ORDER BY b.barcode")
    List<BarcodeLine> listOf(String sku);

    @Query("SELECT b.barcode, b.sku, p.name FROM barcodes b JOIN barcode_products p"
            + " ON p.sku = b.sku ORDER BY b.barcode")
    List<BarcodeLine> listAll();

    @MappedEntity(value = "barcodes", escape = false)
    record BarcodeRow(@Id String barcode, String sku) {
    }
}
