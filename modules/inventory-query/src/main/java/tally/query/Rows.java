package tally.query;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The read-model tables as Micronaut Data sees them, for the queries. The projections write
 * these tables with plain JDBC batches (a rebuild must reach 100,000 events a second).
 * Names are not quoted: the Flyway scripts create them unquoted, so H2 keeps them upper case.
 */
final class Rows {
    private Rows() {
    }

    @MappedEntity(value = "checkpoints", escape = false)
    record CheckpointRow(@Id String name, long position) {
    }

    @MappedEntity(value = "stock_products", escape = false)
    record StockRow(@Id String sku, String name, int reorderPoint, long onHand, long version,
                    String locations) {
    }

    @MappedEntity(value = "locations", escape = false)
    record LocationRow(@Id String location, int skus, long units, String items) {
    }

    @MappedEntity(value = "activity", escape = false)
    record ActivityRow(@Id long position, String stream, String type, Instant occurredAt,
                       String summary) {
    }
}
