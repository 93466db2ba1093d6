package tally.command.writer;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import tally.command.CommandAnswer;
import tally.command.CommandEnvelope;
import tally.command.CommandProblem;
import tally.command.domain.Aggregate;
import tally.command.domain.Decider;
import tally.eventstore.AppendResult;
import tally.eventstore.CommandIdReused;
import tally.eventstore.CommandIdRule;
import tally.eventstore.EventStore;

/**
 * How the writer answers a command it refused, on the writer's thread. Where another node
 * writes to the log, what this node holds may be stale with no append having said so (only an
 * accepted command meets the log's version check), so a refusal is first decided once more on
 * what the log holds now; a refusal that stands is answered by the command-id rule when the log
 * knows the command's id (a retry of one that was taken), else as refused.
 */
final class Refusals {
    /** How the writer completes a command: with an answer or with a problem. */
    interface Finish {
        void finish(PendingCommand pending, CommandAnswer answer, CommandProblem problem);
    }

    private final EventStore store;
    private final Registers registers;
    private final AggregateCache aggregates;
    private final Consumer<WriterMessage> decideAgain;
    private final Finish finish;

    Refusals(EventStore store, Registers registers, AggregateCache aggregates,
             Consumer<WriterMessage> decideAgain, Finish finish) {
        this.store = store;
        this.registers = registers;
        this.aggregates = aggregates;
        this.decideAgain = decideAgain;
        this.finish = finish;
    }

    /** A refusal decided on the aggregates {@code known} held. */
    void refusedOn(PendingCommand pending, CommandProblem problem,
                   Function<String, Aggregate> known) {
        List<String> consulted = Decider.needs(pending.command().command(), known);
        if (registers.othersWrote() && aggregates.readAgain(pending, consulted, known)) {
            decideAgain.accept(pending);
        } else {
            refuse(pending, problem);
        }
    }

    /** A refusal, unless the command id was seen before: then the command-id rule answers. */
    void refuse(PendingCommand pending, CommandProblem problem) {
        CommandEnvelope c = pending.command();
        Optional<AppendResult> seen = c.clientGaveId() ? store.findCommand(c.commandId())
                : Optional.empty();
        if (seen.isEmpty()) {
            finish.finish(pending, null, problem);
            return;
        }
        try {
            var first = CommandIdRule.answerAgain(seen.get(), c.fingerprint(), c.user());
            finish.finish(pending, CommandAnswer.of(first), null);
        } catch (CommandIdReused e) {
            finish.finish(pending, null, CommandProblem.idempotencyKeyReused(c.commandId()));
        }
    }
}
