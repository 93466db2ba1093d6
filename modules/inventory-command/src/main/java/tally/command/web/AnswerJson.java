package tally.command.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import tally.command.CommandAnswer;

/**
 * The 200 body of docs/api.md written out by hand: four members in the record's order, the texts
 * escaped as Jackson escapes them. Every command is answered with one, and handing the record to
 * the framework's serializer cost a lookup of the writer and the record's introspection each
 * time.
 */
final class AnswerJson {
    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();
    private static final byte[] COMMAND_ID = ascii("{\"commandId\":\"");
    private static final byte[] STREAM = ascii("\",\"stream\":\"");
    private static final byte[] VERSION = ascii("\",\"version\":");
    private static final byte[] POSITION = ascii(",\"position\":");

    private AnswerJson() {
    }

    static byte[] of(CommandAnswer a) {
        var out = new ByteArrayOutputStream(128);
        out.writeBytes(COMMAND_ID);
        out.writeBytes(ESCAPE.quoteAsUTF8(a.commandId()));
        out.writeBytes(STREAM);
        out.writeBytes(ESCAPE.quoteAsUTF8(a.stream()));
        out.writeBytes(VERSION);
        out.writeBytes(ascii(Long.toString(a.version())));
        out.writeBytes(POSITION);
        out.writeBytes(ascii(Long.toString(a.position())));
        out.write('}');
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
