package fr.justedroit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a body line by line in constant memory: a line longer than the limit is skipped to its end
 * and reported as too long, so that one bad line neither stops the batch nor fills the heap.
 */
final class LineReader {
    /** One line: its number (1-based), its bytes without the end of line, or {@code tooLong}. */
    record Line(int number, byte[] bytes, boolean tooLong) {
    }

    /** The body has more bytes than the batch limit: the lines after it are not read. */
    static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(null, null);
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final long maxBodyBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long read;
    private int number;
    private boolean ended;

    LineReader(InputStream in, int maxLineBytes, long maxBodyBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The next line, or {@code null} at the end of the body. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer[position++];
            if (b == '\n') {
                break;
            }
            if (line.size() < maxLineBytes + 1) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        tooLong |= length > maxLineBytes;
        return new Line(number, tooLong ? new byte[0] : java.util.Arrays.copyOf(bytes, length), tooLong);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        read += n;
        if (read > maxBodyBytes) {
            throw new BodyTooLarge();
        }
        position = 0;
        limit = n;
        return true;
    }
}
