package fr.justedroit.internal;

import fr.justedroit.EvaluationException;
import fr.justedroit.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every dated parameter of the loaded rule sets: for each id, its values by the date they take
 * effect. A {@code null} value marks a period where the parameter is not in force.
 */
public final class ParameterTable {

    /** One dated value as written in a parameter file. */
    public record Entry(BigDecimal value, String source, String file) {
    }

    /** A parameter: its description, unit and dated values. */
    public record Parameter(String id, String description, String unit, String file,
            NavigableMap<LocalDate, Entry> values) {
    }

    private final Map<String, Parameter> parameters;

    public ParameterTable(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Every parameter id. */
    public Set<String> ids() {
        return parameters.keySet();
    }

    /** The unit of each parameter ({@code euros}, {@code rate}, {@code years}…), by id: how sentences write it. */
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        parameters.forEach((id, p) -> units.put(id, p.unit() == null ? "" : p.unit()));
        return units;
    }

    /** The parameter with this id, or {@code null}. */
    public Parameter parameter(String id) {
        return parameters.get(id);
    }

    /** The value in force on {@code date}; an {@link EvaluationException} when there is none. */
    public ParameterValue valueAt(String id, LocalDate date) {
        Parameter p = parameters.get(id);
        if (p == null) {
            throw new EvaluationException("the rules read the parameter '" + id + "', which no parameter file defines");
        }
        Map.Entry<LocalDate, Entry> e = p.values().floorEntry(date);
        if (e == null || e.getValue().value() == null) {
            throw new EvaluationException("the parameter '" + id + "' (" + p.file() + ") has no value in force on " + date);
        }
        return new ParameterValue(id, e.getValue().value(), e.getKey(), e.getValue().source());
    }

    /**
     * This table with the values of {@code overrides} merged in: an overriding value replaces the
     * value of the same date, or adds a new date; a parameter only in {@code overrides} is added.
     */
    public ParameterTable overriddenBy(ParameterTable overrides) {
        Map<String, Parameter> merged = new LinkedHashMap<>(parameters);
        overrides.parameters.forEach((id, o) -> {
            Parameter base = merged.get(id);
            if (base == null) {
                merged.put(id, o);
            } else {
                NavigableMap<LocalDate, Entry> values = new TreeMap<>(base.values());
                values.putAll(o.values());
                merged.put(id, new Parameter(id, base.description(), base.unit(), base.file(),
                        Collections.unmodifiableNavigableMap(values)));
            }
        });
        return new ParameterTable(merged);
    }
}
