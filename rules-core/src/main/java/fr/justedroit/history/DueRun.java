package fr.justedroit.history;

import fr.justedroit.Decision;
import fr.justedroit.Household;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.ParameterValue;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Role;
import fr.justedroit.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one version of the facts gives, month by month: the AAH of each person month after month (its
 * droit d'option carried from one month to the next), then the RSA and the prime d'activité of each month
 * as liquidated at the examination of its quarter, with the AAH due as a resource.
 */
final class DueRun {
    static final String RSA = "rsa";
    static final String PRIME = "prime_activite";
    static final String AAH = "aah";
    private static final String OFFSET = "commun.trimestre_reference.decalage";

    /** A due decision with, for the RSA and the prime d'activité, the month it was liquidated at. */
    record Due(Decision decision, YearMonth examination) {
        BigDecimal amount() {
            return decision.status() == Status.ELIGIBLE ? decision.amount() : BigDecimal.ZERO.setScale(2);
        }
    }

    private final JusteDroit engine;
    private final Timeline timeline;
    private final Facts facts;
    private final String name;

    DueRun(JusteDroit engine, Timeline timeline, Facts facts, String name) {
        this.engine = engine;
        this.timeline = timeline;
        this.facts = facts;
        this.name = name;
    }

    /** The due decisions by month, benefit and beneficiary. */
    Map<String, Due> run() {
        Map<String, Due> dues = new LinkedHashMap<>();
        Map<String, Map<YearMonth, BigDecimal>> aah = aahMonths(dues);
        Facts withAah = facts.with(withAahIncomes(facts.household(), aah));
        YearMonth examination = null;
        for (YearMonth month : timeline.months()) {
            examination = examinationOf(month, examination, withAah);
            long shift = shift(examination, month);
            Household household = shifted(withAah.in(examination), shift);
            Response response = decide(new Request(month, household), month);
            for (Decision d : response.decisions()) {
                if (d.benefit().equals(RSA) || d.benefit().equals(PRIME)) {
                    dues.put(key(month, d.benefit(), d.beneficiary()), new Due(ReferenceMonths.unshift(d, shift,
                            month.minusMonths(offset(month) + 2L), month.minusMonths(offset(month))), examination));
                }
            }
        }
        return dues;
    }

    static String key(YearMonth month, String benefit, String beneficiary) {
        return month + "|" + benefit + "|" + beneficiary;
    }

    /**
     * The AAH of every month, in order: a person under the droit d'option who switches for good to the
     * individual calculation in a month (the decision says so) is individualised from then on.
     */
    private Map<String, Map<YearMonth, BigDecimal>> aahMonths(Map<String, Due> dues) {
        Map<String, YearMonth> switched = new HashMap<>();
        for (Person p : facts.household().persons()) {
            if (p.aah() != null && p.aah().individualisedSince() != null) {
                switched.put(p.id(), p.aah().individualisedSince());
            }
        }
        Map<String, Map<YearMonth, BigDecimal>> amounts = new HashMap<>();
        for (YearMonth month : timeline.months()) {
            Household h = facts.in(month);
            List<Person> persons = h.persons().stream().map(p -> switched.containsKey(p.id()) && p.aah() != null
                    ? new Person(p.id(), p.role(), p.birthDate(), p.activity(), p.pregnant(), p.disability(),
                            p.aah().withIndividualisedSince(switched.get(p.id())), p.incomes(), p.activityStop(), p.institutionStay(),
                            p.priorWork(), p.esat())
                    : p).toList();
            Response response = decide(new Request(month, h.withPersons(persons)), month);
            for (Decision d : response.decisions(AAH)) {
                dues.put(key(month, AAH, d.beneficiary()), new Due(d, null));
                amounts.computeIfAbsent(d.beneficiary(), k -> new HashMap<>()).put(month, new Due(d, null).amount());
                Object from = d.details().get("individualisedFrom");
                if (from != null) {
                    switched.putIfAbsent(d.beneficiary(), YearMonth.parse(from.toString()));
                }
            }
        }
        return amounts;
    }

    /** The household whose AAH incomes of the span's months are the AAH due (CASF R262-6, CSS R843-1...). */
    private Household withAahIncomes(Household household, Map<String, Map<YearMonth, BigDecimal>> aah) {
        List<Person> persons = new ArrayList<>();
        for (Person p : household.persons()) {
            Map<YearMonth, BigDecimal> due = aah.get(p.id());
            if (due == null) {
                persons.add(p);
                continue;
            }
            List<Income> incomes = new ArrayList<>();
            for (Income i : p.incomes()) {
                if (!(i.type() == IncomeType.AAH && i.month() != null && due.containsKey(i.month()))) {
                    incomes.add(i);
                }
            }
            due.forEach((month, amount) -> {
                if (amount.signum() > 0) {
                    incomes.add(Income.monthly(IncomeType.AAH, month, amount));
                }
            });
            persons.add(p.withIncomes(incomes));
        }
        return household.withPersons(persons);
    }

    /**
     * The examination {@code month}'s amount is liquidated at: the month itself when it is an examination
     * (or the first of the span), or when one of the events of CASF R262-4-1 happens in it (the couple
     * separates, 2°; the applicant becomes isolated, 3°); otherwise the examination of the month before.
     */
    private YearMonth examinationOf(YearMonth month, YearMonth current, Facts f) {
        if (current == null || isExamination(month)) {
            return month;
        }
        Optional<Person> partner = f.in(current).persons().stream().filter(p -> p.role() == Role.PARTNER).findFirst();
        if (partner.isPresent() && !f.present(partner.get().id(), month)) {
            return month;
        }
        LocalDate isolated = f.household().singleParentSince();
        if (isolated != null && YearMonth.from(isolated).equals(month)) {
            return month;
        }
        return current;
    }

    /**
     * Whether the timeline examines the rights in {@code month}: a month listed, or, when none is listed,
     * every third month from the first (the periodicity of CASF R262-4 is quarterly).
     */
    private boolean isExamination(YearMonth month) {
        if (timeline.examinations().isEmpty()) {
            return timeline.from().until(month, java.time.temporal.ChronoUnit.MONTHS) % 3 == 0;
        }
        return timeline.examinations().contains(month);
    }

    /**
     * How many months the incomes move so that {@code month}'s reference quarter, as the rules read it,
     * holds the resources of the examination's quarter (CASF R262-7, CSS R843-2: M-3 to M-1, then M-4 to
     * M-2 from March 2025).
     */
    private long shift(YearMonth examination, YearMonth month) {
        YearMonth lastOfMonth = month.minusMonths(offset(month));
        YearMonth lastOfExamination = examination.minusMonths(offset(examination));
        return examination.until(month, java.time.temporal.ChronoUnit.MONTHS) == 0 ? 0
                : lastOfExamination.until(lastOfMonth, java.time.temporal.ChronoUnit.MONTHS);
    }

    private int offset(YearMonth month) {
        Map<LocalDate, ParameterValue> values = engine.catalog().parameterTimelines().get(OFFSET);
        if (values == null) {
            return 1;
        }
        ParameterValue inForce = null;
        for (Map.Entry<LocalDate, ParameterValue> e : values.entrySet()) {
            if (!e.getKey().isAfter(month.atDay(1))) {
                inForce = e.getValue(); // null from a date the parameter is no longer in force
            }
        }
        // Without the catalog's parameter (other rule sets), the quarter of CASF R262-7 in its first wording.
        return inForce == null ? 1 : inForce.intValue();
    }

    /** The household with every monthly income moved {@code months} later. */
    private static Household shifted(Household h, long months) {
        if (months == 0) {
            return h;
        }
        List<Person> persons = h.persons().stream().map(p -> p.withIncomes(p.incomes().stream()
                .map(i -> i.month() == null ? i : Income.monthly(i.type(), i.month().plusMonths(months), i.amount()))
                .toList())).toList();
        return h.withPersons(persons);
    }

    private Response decide(Request request, YearMonth month) {
        try {
            Response response = engine.decide(request);
            List<InputError> missing = new ArrayList<>();
            for (Decision d : response.decisions()) {
                if (d.status() == Status.NOT_COMPUTABLE) {
                    for (String path : d.missingInputs()) {
                        missing.add(new InputError(name + "." + path, "is needed to decide " + d.benefit() + " for " + month,
                                "the fact, in " + name));
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidRequestException(missing);
            }
            return response;
        } catch (InvalidRequestException e) {
            if (e.errors().stream().allMatch(err -> err.path().startsWith(name + "."))) {
                throw e;
            }
            throw new InvalidRequestException(e.errors().stream()
                    .map(err -> new InputError(name + "." + err.path(), err.problem() + " (month " + month + ")", err.expected()))
                    .toList());
        }
    }
}
