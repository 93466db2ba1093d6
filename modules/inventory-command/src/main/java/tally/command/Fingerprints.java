package tally.command;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tally.command.domain.Command;

/**
 * What a command said, hashed: its name, its values as parsed (so field order, spacing and a
 * default written out or left out do not matter) and its expected version. Not the command id:
 * that is what a retry shares with its first attempt. Nor the user: the command-id rule compares
 * that apart ({@code CommandIdRule}), since an id recorded before users were has no user, and a
 * fingerprint with the user folded in would never match it again. Fingerprints are stored with
 * the command ids, so the canonical form is spelled out here, {@code name{"field":value,...}}
 * with the record's components in declaration order (a list as {@code [...]}, a record in it as
 * {@code {...}}), rather than left to a serializer's defaults. Public for the HTTP edge and the
 * {@code CommandGateway}, the two places commands come from.
 */
public final class Fingerprints {
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

    public String of(String name, Command command, Long expectedVersion) {
        var canonical = new StringBuilder(160).append(name).append('{');
        try {
            components(canonical, (Record) command);
            append(canonical, "expectedVersion", expectedVersion);
            canonical.setCharAt(canonical.length() - 1, '}');
            return HEX.formatHex(SHA_256.get()
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot fingerprint " + command, e);
        }
    }

    private static void components(StringBuilder to, Record value)
            throws ReflectiveOperationException {
        for (RecordComponent c : COMPONENTS.get(value.getClass())) {
            append(to, c.getName(), c.getAccessor().invoke(value));
        }
    }

    private static void append(StringBuilder to, String field, Object value)
            throws ReflectiveOperationException {
        to.append('"').append(field).append("\":");
        value(to, value);
        to.append(',');
    }

    private static void value(StringBuilder to, Object value) throws ReflectiveOperationException {
        switch (value) {
            case String text -> {
                to.append('"');
                JsonStringEncoder.getInstance().quoteAsString(text, to);
                to.append('"');
            }
            case List<?> list -> {
                to.append('[');
                for (int i = 0; i < list.size(); i++) {
                    value(to.append(i == 0 ? "" : ","), list.get(i));
                }
                to.append(']');
            }
            case Record r -> {
                to.append('{');
                components(to, r);
                to.setCharAt(to.length() - 1, '}');
            }
            case null, default -> to.append(value);
        }
    }
}
