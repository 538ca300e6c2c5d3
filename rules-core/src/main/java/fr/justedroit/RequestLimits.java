package fr.justedroit;

/**
 * How large and how deep a request may be before it is refused, unread. Inputs come from outside:
 * these limits keep a wrong or hostile file from exhausting memory or the stack.
 *
 * <pre>{@code
 * Request r = Requests.fromJson(json, null, RequestLimits.DEFAULT.withMaxChars(64 * 1024));
 * }</pre>
 *
 * @param maxChars the largest request accepted, in characters (default 1 MiB, {@link #DEFAULT_MAX_CHARS})
 * @param maxDepth the deepest nesting of objects and arrays accepted (default {@value #DEFAULT_MAX_DEPTH};
 *     a contract request nests 6 levels deep)
 */
public record RequestLimits(int maxChars, int maxDepth) {
    /** Default largest request, in characters (1 MiB). */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;
    /** Default deepest nesting. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** The shallowest limit allowed: a request of the contract nests this deep. */
    public static final int MIN_DEPTH = 6;
    /** The defaults: 1 MiB and 32 levels. */
    public static final RequestLimits DEFAULT = new RequestLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH);

    public RequestLimits {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        if (maxDepth < MIN_DEPTH || maxDepth > 1000) {
            throw new IllegalArgumentException("maxDepth must be from " + MIN_DEPTH + " to 1000, not " + maxDepth);
        }
    }

    /** These limits with another largest size, in characters. */
    public RequestLimits withMaxChars(int chars) {
        return new RequestLimits(chars, maxDepth);
    }

    /** These limits with another deepest nesting. */
    public RequestLimits withMaxDepth(int depth) {
        return new RequestLimits(maxChars, depth);
    }
}
