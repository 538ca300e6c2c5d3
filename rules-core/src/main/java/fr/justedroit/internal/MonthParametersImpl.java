package fr.justedroit.internal;

import fr.justedroit.EvaluationException;
import fr.justedroit.ParameterValue;
import fr.justedroit.rules.MonthParameters;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The parameters resolved once for the first day of a month, shared by every evaluation of that month. */
final class MonthParametersImpl implements MonthParameters {
    private final ParameterTable table;
    private final LocalDate firstDay;
    private final Map<String, ParameterValue> resolved = new HashMap<>();

    MonthParametersImpl(ParameterTable table, LocalDate firstDay) {
        this.table = table;
        this.firstDay = firstDay;
        for (String id : table.ids()) {
            try {
                resolved.put(id, table.valueAt(id, firstDay));
            } catch (EvaluationException notInForce) {
                // Reported when (and only if) a rule reads it.
            }
        }
    }

    @Override
    public ParameterValue get(String id) {
        ParameterValue v = resolved.get(id);
        return v != null ? v : table.valueAt(id, firstDay);
    }

    @Override
    public ParameterValue at(String id, LocalDate date) {
        return date.equals(firstDay) ? get(id) : table.valueAt(id, date);
    }
}
