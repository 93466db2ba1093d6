package tally.command.domain;

/**
 * What the writer keeps in memory per stream: a product, an order or a bin of the register, each replayed from its own
 * stream and changed only by the events it records.
 */
public sealed interface Aggregate permits Product, Order, Location {

    /** The stream it is replayed from and appends to. */
    String stream();

    /** How many events its stream holds, counting those just decided. */
    long version();
}
