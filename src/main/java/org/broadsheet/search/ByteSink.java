package org.broadsheet.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Appends the binary index encoding: unsigned LEB128 varints, single bytes and length-prefixed UTF-8. */
final class ByteSink {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        int rest = value;
        while (rest >= 0x80) {
            out.write((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    void unsignedByte(int value) {
        out.write(value & 0xff);
    }

    void string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        out.write(utf8, 0, utf8.length);
    }

    void bytes(byte[] value) {
        out.write(value, 0, value.length);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
