package tally.command.writer;

import tally.command.domain.Product;

/**
 * What the command writer's one thread takes from its mailbox, in the order it came: a command
 * to decide, a product to forget, a product read from its stream. Sealed, so the writer's
 * {@code switch} over it names every kind and a new kind cannot go unhandled.
 */
sealed interface WriterMessage
        permits PendingCommand, WriterMessage.ForgetProduct, WriterMessage.ProductLoaded {

    /** Forget this very product (not a newer load of its SKU): the log did not take its events. */
    record ForgetProduct(Product product) implements WriterMessage {
    }

    /** A stream read and replayed on a loader thread (or the error that stopped it). */
    record ProductLoaded(String sku, Product product, RuntimeException error)
            implements WriterMessage {
    }
}
