package tally.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tally.command.domain.ProductCommand;

/**
 * What a command said, hashed: its name, its values as parsed (so field order, spacing and a
 * default written out or left out do not matter) and its expected version. Not the command id:
 * that is what a retry shares with its first attempt. Fingerprints are stored with the command
 * ids, so the canonical form is spelled out here (record components in declaration order) rather
 * than left to a serializer's defaults.
 */
final class Fingerprints {
    private final ObjectMapper json = new ObjectMapper();

    String of(String name, ProductCommand command, Long expectedVersion) {
        ObjectNode canonical = json.createObjectNode().put("command", name);
        try {
            for (RecordComponent c : command.getClass().getRecordComponents()) {
                canonical.putPOJO(c.getName(), c.getAccessor().invoke(command));
            }
            canonical.put("expectedVersion", expectedVersion);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ReflectiveOperationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + command, e);
        }
    }
}
