package fr.justedroit.internal;

import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text read from bytes that must be UTF-8, with the place of the first byte that is not. */
public final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * The text of {@code bytes}.
     *
     * @throws InvalidRequestException at {@code path}, saying which byte, at which line and column,
     *     is not UTF-8
     */
    public static String decode(byte[] bytes, String path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new InvalidRequestException(new InputError(path, "not UTF-8: the byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at " + place(out, at) + " (byte " + (at + 1)
                    + " of the file) is not part of a UTF-8 character", "a text file encoded in UTF-8"));
        }
        out.flip();
        return out.toString();
    }

    private static String place(CharBuffer decoded, int byteOffset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
