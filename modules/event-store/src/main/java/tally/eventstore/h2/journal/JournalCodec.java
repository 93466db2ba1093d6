package tally.eventstore.h2.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreException;
import tally.eventstore.h2.journal.BatchRows.EventRow;

/**
 * One journal record: {@code [int length][int crc32c][payload]}, the payload holding the
 * {@link BatchRows} of one confirmation round. A record whose length runs past the end of the
 * file or whose checksum does not match was being written when the process died, and ends what
 * can be read.
 *
 * <p>Two payload formats are read, because a journal outlives the version that wrote it: a
 * server killed before an upgrade leaves one that the upgraded server replays at its first
 * start. Format 1 began with the batch count and had no users; format 2 (what is written now)
 * begins with {@link #FORMAT_WITH_USERS}, a negative number no count can be, then the count;
 * each event row carries its user after its command id, and each command row after its
 * fingerprint. A marker this code does not know comes
 * from a newer version and is refused rather than misread.
 */
final class JournalCodec {
    static final int HEADER = 8;
    static final int FORMAT_WITH_USERS = -2;

    private JournalCodec() {
    }

    static ByteBuffer encode(List<BatchRows> batches) {
        var bytes = new ByteArrayOutputStream(256 * batches.size());
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(FORMAT_WITH_USERS);
            out.writeInt(batches.size());
            for (BatchRows b : batches) {
                writeBatch(out, b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        ByteBuffer record = ByteBuffer.wrap(bytes.toByteArray());
        int length = record.capacity() - HEADER;
        var crc = new CRC32C();
        crc.update(record.array(), HEADER, length);
        record.putInt(0, length).putInt(4, (int) crc.getValue());
        return record;
    }

    /** The batches of every whole record at the start of {@code file}'s bytes. */
    static List<BatchRows> decodeAll(ByteBuffer file) {
        var batches = new ArrayList<BatchRows>();
        while (file.remaining() >= HEADER) {
            int length = file.getInt(file.position());
            int checksum = file.getInt(file.position() + 4);
            if (length < 4 || length > file.remaining() - HEADER) {
                break;
            }
            var crc = new CRC32C();
            crc.update(file.array(), file.arrayOffset() + file.position() + HEADER, length);
            if ((int) crc.getValue() != checksum) {
                break;
            }
            batches.addAll(decodePayload(file.array(), file.arrayOffset() + file.position()
                    + HEADER, length));
            file.position(file.position() + HEADER + length);
        }
        return batches;
    }

    private static List<BatchRows> decodePayload(byte[] array, int offset, int length) {
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(array, offset,
                length))) {
            int first = in.readInt();
            boolean withUsers = first == FORMAT_WITH_USERS;
            if (first < 0 && !withUsers) {
                throw new EventStoreException("a journal record is of format " + first
                        + ", written by a newer version of Tally; start that version again");
            }
            int count = withUsers ? in.readInt() : first;
            var batches = new ArrayList<BatchRows>(count);
            for (int i = 0; i < count; i++) {
                batches.add(readBatch(in, withUsers));
            }
            return batches;
        } catch (IOException e) {
            throw new EventStoreException("a journal record passed its checksum but cannot be"
                    + " read: " + e.getMessage(), e);
        }
    }

    private static void writeBatch(DataOutputStream out, BatchRows b) throws IOException {
        out.writeLong(b.at().getEpochSecond());
        out.writeInt(b.at().getNano());
        out.writeInt(b.events().size());
        for (EventRow e : b.events()) {
            out.writeLong(e.position());
            out.writeLong(e.version());
            writeString(out, e.stream());
            writeString(out, e.type());
            writeString(out, e.commandId());
            writeString(out, e.user());
            writeString(out, e.fingerprint());
            writeString(out, e.data());
        }
        out.writeInt(b.commands().size());
        for (AppendResult c : b.commands()) {
            writeString(out, c.commandId());
            writeString(out, c.stream());
            out.writeLong(c.version());
            out.writeLong(c.position());
            writeString(out, c.fingerprint());
            writeString(out, c.user());
        }
    }

    private static BatchRows readBatch(DataInputStream in, boolean withUsers)
            throws IOException {
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        int eventCount = in.readInt();
        var events = new ArrayList<EventRow>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            long position = in.readLong();
            long version = in.readLong();
            String stream = readString(in);
            String type = readString(in);
            String commandId = readString(in);
            String user = withUsers ? readString(in) : null;
            String fingerprint = readString(in);
            events.add(new EventRow(position, stream, version, commandId, user, fingerprint,
                    type, readString(in)));
        }
        int commandCount = in.readInt();
        var commands = new ArrayList<AppendResult>(commandCount);
        for (int i = 0; i < commandCount; i++) {
            String id = readString(in);
            String stream = readString(in);
            long version = in.readLong();
            long position = in.readLong();
            String fingerprint = readString(in);
            commands.add(new AppendResult(id, stream, version, position, false, fingerprint,
                    withUsers ? readString(in) : null));
        }
        return new BatchRows(at, events, commands);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
