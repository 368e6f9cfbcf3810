package com.apartmentbooking.local.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.h2.mvstore.MVMap;

/**
 * A batch's writes as one record of the {@link WriteAheadLog}: per map its name, whether it was cleared, then its
 * puts and deletions. Replaying records in order from any earlier state of the maps ends at the same state,
 * because every write is a whole value (or a deletion, or a clear), never a change relative to the old value.
 */
final class BatchRecord {

    /** The value length that marks a deletion. */
    private static final int DELETION = -1;

    private BatchRecord() {
    }

    static byte[] encode(Map<String, MapWrites> writesByMap) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(writesByMap.size());
            for (Map.Entry<String, MapWrites> map : writesByMap.entrySet()) {
                byte[] name = map.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
                out.writeBoolean(map.getValue().cleared());
                out.writeInt(map.getValue().writes().size());
                for (Map.Entry<byte[], byte[]> write : map.getValue().writes().entrySet()) {
                    out.writeInt(write.getKey().length);
                    out.write(write.getKey());
                    if (write.getValue() == MapWrites.DELETED) {
                        out.writeInt(DELETION);
                    } else {
                        out.writeInt(write.getValue().length);
                        out.write(write.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Applies a record that {@link #encode} wrote (and the log's checksum vouched for) to the maps. */
    static void apply(byte[] record, Function<String, MVMap<byte[], byte[]>> openMap) {
        ByteBuffer in = ByteBuffer.wrap(record);
        int maps = in.getInt();
        for (int m = 0; m < maps; m++) {
            MVMap<byte[], byte[]> map = openMap.apply(new String(bytes(in, in.getInt()), StandardCharsets.UTF_8));
            if (in.get() != 0) {
                map.clear();
            }
            int writes = in.getInt();
            for (int w = 0; w < writes; w++) {
                byte[] key = bytes(in, in.getInt());
                int valueLength = in.getInt();
                if (valueLength == DELETION) {
                    map.remove(key);
                } else {
                    map.put(key, bytes(in, valueLength));
                }
            }
        }
    }

    private static byte[] bytes(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
