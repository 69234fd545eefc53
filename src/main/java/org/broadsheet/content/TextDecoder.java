package org.broadsheet.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM. Anything else (invalid
 * UTF-8, binary data, a NUL in any encoding, an empty file) is a {@link ContentProblem} naming the line
 * of the first bad byte. Characters XML 1.0 forbids are replaced (see {@link XmlText}).
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static String decode(String file, byte[] bytes) throws ContentProblem {
        String text = decodeAllowEmpty(file, bytes);
        if (text.isBlank()) {
            throw new ContentProblem(file, 0, "empty file; an article needs some text");
        }
        return text;
    }

    /** As {@link #decode} but an empty text is fine (configuration files). */
    public static String decodeAllowEmpty(String file, byte[] bytes) throws ContentProblem {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentProblem(file, lineAt(bytes, i), "binary file (NUL byte); articles must be text");
            }
        }
        return strict(file, bytes, offset, StandardCharsets.UTF_8);
    }

    private static String strict(String file, byte[] bytes, int offset, Charset charset) throws ContentProblem {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return XmlText.checked(file, out.toString().replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            throw new ContentProblem(
                    file,
                    bad < 0 ? 0 : lineAt(bytes, bad),
                    "not valid " + charset.name() + " text"
                            + (bad < 0
                                    ? ""
                                    : " (byte 0x" + Integer.toHexString(bytes[bad] & 0xFF) + " at byte offset " + bad
                                            + ")")
                            + "; save the file as UTF-8");
        }
    }

    /** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80
                    ? 0
                    : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
