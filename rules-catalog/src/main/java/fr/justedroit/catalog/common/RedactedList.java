package fr.justedroit.catalog.common;

import fr.justedroit.rules.Redacted;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The values an accumulate of the catalog collected ({@link CollectRedacted}): an unmodifiable list like the
 * one {@code collectList} gives, whose text form withholds its elements. Drools inserts an accumulate's result
 * as a fact of its own and prints it at TRACE, so a list of amounts or dates collected by {@code collectList}
 * would print them all.
 *
 * @param <E> the type of the values
 */
public final class RedactedList<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> values;

    /** A copy of {@code values}, which may hold nulls (an accumulate collects what its pattern binds). */
    public RedactedList(List<? extends E> values) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public E get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "RedactedList[" + Redacted.NOTE + "]";
    }
}
