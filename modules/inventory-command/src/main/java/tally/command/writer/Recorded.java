package tally.command.writer;

import java.util.List;
import tally.command.CommandAnswer;
import tally.events.TallyEvent;

/**
 * What a command came to ({@link CommandWriter#record}): its answer, and the events it recorded,
 * or null when the answer is one given before to the same command id (the events are then in the
 * log, under that id).
 */
public record Recorded(CommandAnswer answer, List<TallyEvent> events) {
}
