package com.apartmentbooking.local.store;

import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * MVStore's key type for the maps: byte arrays in {@link Keys#ORDER}. MVStore's own byte-array type stores
 * bytes but does not order them, so only the comparison is ours; the encoding is delegated.
 */
final class UnsignedBytesType extends BasicDataType<byte[]> {

    static final UnsignedBytesType INSTANCE = new UnsignedBytesType();

    private UnsignedBytesType() {
    }

    @Override
    public int compare(byte[] a, byte[] b) {
        return Keys.ORDER.compare(a, b);
    }

    @Override
    public int getMemory(byte[] key) {
        return ByteArrayDataType.INSTANCE.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, byte[] key) {
        ByteArrayDataType.INSTANCE.write(buffer, key);
    }

    @Override
    public byte[] read(ByteBuffer buffer) {
        return ByteArrayDataType.INSTANCE.read(buffer);
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }
}
