package tally.query.engine.keyed;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON of the last answer written, kept while callers keep asking for that same answer (the
 * same object: a list from memory is built once per position, so each position's list is
 * written once, not once per call). Written by the server's own {@link JsonMapper}, so that the
 * bytes are those the server writes for the object itself. Callers must not change the bytes.
 */
public final class JsonOfLast<T> {
    private final JsonMapper json;
    private final Argument<T> type;
    private volatile Written<T> last;

    private record Written<T>(T answer, byte[] bytes) {
    }

    public JsonOfLast(JsonMapper json, Class<T> type) {
        this.json = json;
        this.type = Argument.of(type);
    }

    public byte[] of(T answer) {
        Written<T> seen = last;
        if (seen != null && seen.answer() == answer) {
            return seen.bytes();
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(type, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        last = new Written<>(answer, bytes);
        return bytes;
    }
}
