package fr.justedroit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal parameter as it stood on a date: its value, the date it took effect and its legal source.
 *
 * @param id the parameter's identifier, for example {@code rsa.montant_forfaitaire.base}
 * @param value the value in force, exact
 * @param since the date from which this value is in force
 * @param source the legal text (or other source) the value comes from
 */
public record ParameterValue(String id, BigDecimal value, LocalDate since, String source) {

    public ParameterValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(since, "since");
    }

    /** The value as an integer, for counts and ages. */
    public int intValue() {
        return value.intValueExact();
    }
}
