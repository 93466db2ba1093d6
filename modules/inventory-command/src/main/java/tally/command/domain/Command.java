package tally.command.domain;

/**
 * Everything the write side can be asked, in the imperative: one family per kind of stream,
 * as the events have. A command is decided by one aggregate, the
 * one whose stream its events go to; some also consult others ({@link Decider}).
 */
public sealed interface Command permits ProductCommand, OrderCommand, LocationCommand {

    /** The stream its events go to: the stream of the aggregate that decides it. */
    String stream();
}
