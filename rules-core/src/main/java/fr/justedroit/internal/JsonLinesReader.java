package fr.justedroit.internal;

import fr.justedroit.BatchEntry;
import fr.justedroit.InputError;
import fr.justedroit.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines one line at a time, in constant memory: lines end at {@code \n} (a {@code \r}
 * before it is dropped), each is decoded as UTF-8 on its own, so a line in another encoding is one
 * bad entry and not the end of the batch. A line longer than the size limit allows is skipped to its
 * end without being kept. Blank lines are counted, not given.
 */
public final class JsonLinesReader implements Iterator<BatchEntry> {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final RequestLimits limits;
    /** A UTF-8 character takes at most 3 bytes (4 for a pair of chars): longer lines cannot be within the limit. */
    private final long maxLineBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private boolean eof;
    private BatchEntry next;

    public JsonLinesReader(InputStream in, RequestLimits limits) {
        this.in = in;
        this.limits = limits;
        this.maxLineBytes = 3L * limits.maxChars() + 2;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            next = readEntry();
        }
        return next != null;
    }

    @Override
    public BatchEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchEntry entry = next;
        next = null;
        return entry;
    }

    /** The next line as an entry, or null for a blank line or the end of the stream. */
    private BatchEntry readEntry() {
        int length = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !refill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = chunkPos;
            int newline = -1;
            for (int i = chunkPos; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkEnd : newline;
            int n = end - start;
            total += n;
            if (total <= maxLineBytes) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(Math.max(2L * line.length, length + n), maxLineBytes + CHUNK));
                }
                System.arraycopy(chunk, start, line, length, n);
                length += n;
            }
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (total > maxLineBytes) {
            return new BatchEntry.Unreadable(lineNumber, List.of(new InputError("(request)",
                    "the line has " + total + " bytes", "at most " + limits.maxChars() + " characters (the configured size limit)")));
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return new BatchEntry.Unreadable(lineNumber, List.of(new InputError("(request)",
                    "the line is not valid UTF-8 text", "a JSON object encoded in UTF-8")));
        }
        if (line.length > 4 * CHUNK) {
            line = new byte[1024]; // a long line does not keep its buffer for the rest of the batch
        }
        // A blank line gives no entry: null makes hasNext() read on.
        return text.isBlank() ? null : new BatchEntry.Json(lineNumber, text);
    }

    private boolean refill() {
        try {
            int n = in.read(chunk, 0, CHUNK);
            while (n == 0) {
                n = in.read(chunk, 0, CHUNK);
            }
            if (n < 0) {
                eof = true;
                return false;
            }
            chunkPos = 0;
            chunkEnd = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON Lines cannot be read", e);
        }
    }
}
