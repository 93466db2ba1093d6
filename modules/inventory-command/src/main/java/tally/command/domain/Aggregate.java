package tally.command.domain;

/**
 * What the writer keeps in memory per stream: a product or an order, each replayed from its own
 * stream and changed only by the events it records.
 */
public sealed interface Aggregate permits Product, Order {

    /** The stream it is replayed from and appends to. */
    String stream();

    /** How many events its stream holds, counting those just decided. */
    long version();
}
