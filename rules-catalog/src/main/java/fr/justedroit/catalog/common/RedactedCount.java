package fr.justedroit.catalog.common;

import fr.justedroit.rules.Redacted;

/**
 * The number of facts an accumulate of the catalog counted ({@link CountRedacted}): a number like the
 * {@code Long} of {@code count}, whose text form withholds it. Drools inserts an accumulate's result as a fact
 * of its own and prints it at TRACE, and the number of adults, children or partners of a household is not
 * the log's business.
 */
public final class RedactedCount extends Number {
    private static final long serialVersionUID = 1L;

    private final long count;

    /** The count {@code count} (not negative). */
    public RedactedCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative");
        }
        this.count = count;
    }

    @Override
    public int intValue() {
        return Math.toIntExact(count);
    }

    @Override
    public long longValue() {
        return count;
    }

    @Override
    public float floatValue() {
        return count;
    }

    @Override
    public double doubleValue() {
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RedactedCount c && c.count == count;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count);
    }

    /** Without the value ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RedactedCount[" + Redacted.NOTE + "]";
    }
}
