package fr.justedroit.server;

import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.JsonName;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.examples.sweep.IncomeSweep;
import fr.justedroit.examples.sweep.SweepChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.jetty.util.Fields;

/**
 * {@code POST /sweep}: the income sweep of the household in the body, as the SVG chart of the
 * {@code sweep} command (the same {@link IncomeSweep} and {@link SweepChart}), its range and step
 * taken from the query and its number of points bounded.
 */
final class SweepEndpoint {
    static final BigDecimal DEFAULT_TO = new BigDecimal("3000");
    static final BigDecimal DEFAULT_STEP = new BigDecimal("25");

    private final JusteDroit engine;
    private final int maxPoints;

    SweepEndpoint(JusteDroit engine, int maxPoints) {
        this.engine = engine;
        this.maxPoints = maxPoints;
    }

    /** The chart, in {@code language}. */
    String svg(Request request, Fields query, Language language) throws HttpProblem {
        String person = query.getValue("person");
        if (person == null || person.isEmpty()) {
            person = request.household().applicant().map(Person::id).orElse(null);
        }
        if (request.household().person(person).isEmpty()) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?person",
                    "no person of the household has the id '" + shorten(person) + "'", "the id of a person of the household"));
        }
        String incomeName = query.getValue("income");
        IncomeType type = incomeName == null ? IncomeType.NET_SOCIAL_SALARY : JsonName.parse(IncomeType.class, incomeName);
        if (type == null) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?income",
                    "'" + shorten(incomeName) + "' is not an income type", "one of " + JsonName.choices(IncomeType.class)));
        }
        BigDecimal from = amount(query, "from", BigDecimal.ZERO);
        BigDecimal to = amount(query, "to", DEFAULT_TO);
        BigDecimal step = amount(query, "step", DEFAULT_STEP);
        if (to.compareTo(from) < 0) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?to",
                    to.toPlainString() + " is below from (" + from.toPlainString() + ")", "from ≤ to"));
        }
        if (step.signum() <= 0) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?step",
                    step.toPlainString() + " is not positive", "a step in euros above 0"));
        }
        BigDecimal points = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (points.compareTo(BigDecimal.valueOf(maxPoints)) > 0) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?step",
                    "the sweep would have " + points.toPlainString() + " points", "at most " + maxPoints
                            + " points (the server's limit): a larger step or a narrower range"));
        }
        return SweepChart.svg(IncomeSweep.run(engine, request, person, type, from, to, step), language);
    }

    private static BigDecimal amount(Fields query, String name, BigDecimal otherwise) throws HttpProblem {
        String text = query.getValue(name);
        if (text == null || text.isEmpty()) {
            return otherwise;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.precision() - value.scale() > 9 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("the sweep cannot be drawn", new InputError("?" + name,
                    "'" + shorten(text) + "' is not an amount", "euros, 0 or more, at most two decimals, such as 1500 or 12.50"));
        }
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
