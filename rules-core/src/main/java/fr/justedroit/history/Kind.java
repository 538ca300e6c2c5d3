package fr.justedroit.history;

import fr.justedroit.JsonName;

/** What a month's difference between what was due and what was paid is. */
public enum Kind implements JsonName {
    /** More was paid than was due: an overpayment, to be recovered. */
    INDU,
    /** Less was paid than was due: arrears, to be paid. */
    RAPPEL,
    /** What was paid was due. */
    NONE;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }

    /** The kind of {@code due - paid}. */
    static Kind of(java.math.BigDecimal difference) {
        int sign = difference.signum();
        return sign < 0 ? INDU : sign > 0 ? RAPPEL : NONE;
    }
}
