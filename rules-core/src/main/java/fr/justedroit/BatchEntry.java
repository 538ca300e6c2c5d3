package fr.justedroit;

import fr.justedroit.internal.JsonLinesReader;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a batch, numbered by its line (or position) in the caller's source: a request still
 * to read, a request already read, or an entry that could not be read at all. An entry keeps its
 * number so that its response, or its error, names it.
 */
public sealed interface BatchEntry {

    /** The entry's line in its source (1-based), or its position for a source without lines. */
    long line();

    /**
     * One request as JSON text, read by the batch's worker threads ({@link Requests#fromJson}).
     *
     * @param line the line of the text in its file (1-based)
     * @param json the request's JSON
     */
    record Json(long line, String json) implements BatchEntry {
        public Json {
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * A request already read (or built in Java).
     *
     * @param line its line or position (1-based)
     * @param request the request
     */
    record Parsed(long line, Request request) implements BatchEntry {
        public Parsed {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * An entry that could not be read (a line not in UTF-8, too long to hold): the batch reports its
     * errors in its place and decides the others.
     *
     * @param line its line (1-based)
     * @param errors what is wrong, each with its path
     */
    record Unreadable(long line, List<InputError> errors) implements BatchEntry {
        public Unreadable {
            errors = List.copyOf(errors);
        }
    }

    /**
     * The non-blank lines of a JSON Lines stream, read one at a time as UTF-8 (constant memory: a
     * line longer than the limits allow is skipped unread and becomes an {@link Unreadable} entry;
     * so does a line that is not valid UTF-8). Blank lines count in the numbering but give no entry.
     * The iterator throws {@link java.io.UncheckedIOException} if the stream cannot be read; the
     * caller closes the stream.
     */
    static Iterator<BatchEntry> jsonLines(InputStream in, RequestLimits limits) {
        return new JsonLinesReader(in, limits);
    }
}
