package fr.justedroit.rules;

import fr.justedroit.ParameterValue;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dated legal parameters, resolved for the decision month (global {@code params} of every rule
 * set). A parameter that has no value on the date asked is an error of the rule set, reported with
 * its id and date: a rule never gets a default.
 */
public interface MonthParameters {

    /** The parameter in force on the first day of the decision month. */
    ParameterValue get(String id);

    /** The parameter in force on another date (the 1 January before an application, say). */
    ParameterValue at(String id, LocalDate date);

    /** The value in force on the first day of the decision month. */
    default BigDecimal value(String id) {
        return get(id).value();
    }
}
