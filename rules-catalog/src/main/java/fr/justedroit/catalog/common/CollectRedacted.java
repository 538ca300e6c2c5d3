package fr.justedroit.catalog.common;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The accumulate function {@code collectRedacted}: {@code collectList}, whose result is a {@link RedactedList}.
 * A DRL file imports it ({@code import accumulate fr.justedroit.catalog.common.CollectRedacted collectRedacted;})
 * to collect amounts, dates or ages: Drools prints an accumulate's result at TRACE, and the list of
 * {@code collectList} prints every value it holds. Collecting facts whose own text form is redacted needs
 * no such function.
 */
public final class CollectRedacted implements AccumulateFunction<CollectRedacted.Values> {

    /** The values collected so far, in the order Drools gave them. */
    public static final class Values implements Externalizable {
        private List<Object> list = new ArrayList<>();

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeObject(list);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            list = (List<Object>) in.readObject();
        }
    }

    @Override
    public Values createContext() {
        return new Values();
    }

    @Override
    public void init(Values context) {
        context.list.clear();
    }

    @Override
    public void accumulate(Values context, Object value) {
        context.list.add(value);
    }

    @Override
    public void reverse(Values context, Object value) {
        // As collectList: one equal value goes (a retracted fact's value).
        context.list.remove(value);
    }

    @Override
    public Object getResult(Values context) {
        return new RedactedList<>(context.list);
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return RedactedList.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // No state: the function is the same everywhere.
    }

    @Override
    public void readExternal(ObjectInput in) {
        // No state.
    }
}
