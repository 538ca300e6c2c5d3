package fr.justedroit.catalog.common;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The accumulate function {@code countRedacted}: {@code count}, whose result is a {@link RedactedCount}. A DRL
 * file imports it ({@code import accumulate fr.justedroit.catalog.common.CountRedacted countRedacted;}):
 * Drools prints an accumulate's result at TRACE, and the {@code Long} of {@code count} prints its value.
 */
public final class CountRedacted implements AccumulateFunction<CountRedacted.Tally> {

    /** The facts counted so far. */
    public static final class Tally implements Externalizable {
        private long count;

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeLong(count);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            count = in.readLong();
        }
    }

    @Override
    public Tally createContext() {
        return new Tally();
    }

    @Override
    public void init(Tally context) {
        context.count = 0;
    }

    @Override
    public void accumulate(Tally context, Object value) {
        context.count++;
    }

    @Override
    public void reverse(Tally context, Object value) {
        context.count--;
    }

    @Override
    public Object getResult(Tally context) {
        return new RedactedCount(context.count);
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return RedactedCount.class;
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
