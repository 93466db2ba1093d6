package tally.command.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tally.command.domain.ProductCommand;

/**
 * What a command said, hashed: its name, its values as parsed (so field order, spacing and a
 * default written out or left out do not matter) and its expected version. Not the command id:
 * that is what a retry shares with its first attempt. Nor the user: the command-id rule compares
 * that apart ({@code CommandIdRule}), since an id recorded before users were has no user, and a
 * fingerprint with the user folded in would never match it again. Fingerprints are stored with
 * the command ids, so the canonical form is spelled out here, {@code name{"field":value,...}}
 * with the record's components in declaration order, rather than left to a serializer's
 * defaults.
 */
final class Fingerprints {
    /** A digest per thread: looking one up by name each time was a tenth of the parse. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    String of(String name, ProductCommand command, Long expectedVersion) {
        var canonical = new StringBuilder(160).append(name).append('{');
        try {
            for (RecordComponent c : COMPONENTS.get(command.getClass())) {
                append(canonical, c.getName(), c.getAccessor().invoke(command));
            }
            append(canonical, "expectedVersion", expectedVersion);
            canonical.setCharAt(canonical.length() - 1, '}');
            return HEX.formatHex(SHA_256.get()
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot fingerprint " + command, e);
        }
    }

    private static void append(StringBuilder to, String field, Object value) {
        to.append('"').append(field).append("\":");
        if (value instanceof String text) {
            to.append('"');
            JsonStringEncoder.getInstance().quoteAsString(text, to);
            to.append('"');
        } else {
            to.append(value);
        }
        to.append(',');
    }
}
