package fr.justedroit.catalog.guarantees;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Reason;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.catalog.CatalogEngine;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The generated households the guarantees are checked on, and their decisions, computed once for
 * every test class of this package (one compiled engine, one sequential pass).
 *
 * <p>Household {@code i} is {@code new HouseholdGenerator(SEED).withRareSituations().household(i, month(i))}: the months
 * cycle through 2023-01 to 2026-12, the months the catalog records. The seed and the count can be
 * changed ({@code -Djustedroit.properties.seed=...}, {@code -Djustedroit.properties.households=...});
 * every failure prints the seed, the household's number and the household as the contract's JSON.
 */
final class Population {
    /** The generator's seed. */
    static final long SEED = Long.getLong("justedroit.properties.seed", 20_230_101L);
    /** How many households each guarantee is checked on. */
    static final int SIZE = Integer.getInteger("justedroit.properties.households", 10_000);
    static final YearMonth FIRST = YearMonth.of(2023, 1);
    static final int MONTHS = 48;

    private static final HouseholdGenerator GENERATOR = new HouseholdGenerator(SEED).withRareSituations();
    private static volatile List<Request> requests;
    private static volatile List<Response> responses;

    private Population() {
    }

    static JusteDroit engine() {
        return CatalogEngine.get();
    }

    /** The decision month of household {@code i}. */
    static YearMonth month(int i) {
        return FIRST.plusMonths(Math.floorMod(i * 7L, MONTHS));
    }

    /** Household {@code i}, for a month of its own. */
    static Request household(int i, YearMonth month) {
        return GENERATOR.household(i, month);
    }

    /** The households 0 to SIZE - 1. */
    static List<Request> requests() {
        load();
        return requests;
    }

    /** Their decisions, each computed alone, one after the other, on one thread. */
    static List<Response> responses() {
        load();
        return responses;
    }

    private static synchronized void load() {
        if (responses != null) {
            return;
        }
        long t0 = System.nanoTime();
        List<Request> rs = IntStream.range(0, SIZE).parallel().mapToObj(i -> household(i, month(i))).toList();
        List<Response> out = new ArrayList<>(SIZE);
        JusteDroit engine = engine();
        for (Request r : rs) {
            out.add(engine.decide(r));
        }
        requests = rs;
        responses = out;
        System.out.printf("population: %d households decided one after the other in %d ms%n", SIZE, (System.nanoTime() - t0) / 1_000_000);
    }

    /** How a failing household is shown: the seed, its number and month, and the request as JSON. */
    static String show(int i, String what, Request request) {
        return "seed " + SEED + ", household " + i + " (" + request.month() + ", new HouseholdGenerator(" + SEED
                + ").withRareSituations().household(" + i + ", YearMonth.parse(\"" + request.month() + "\"))" + "), " + what + ":\n"
                + Requests.toJson(request);
    }

    // ---------------------------------------------------------------------------------------------
    // Decisions compared across requests

    private static final Pattern PERSON = Pattern.compile("persons\\[(\\d+)]");

    /**
     * Each decision as one comparable text: benefit, beneficiary, status, amount, form, missing
     * inputs, details and every reason (rule, sentence key, values, dated parameters), with person
     * paths written by id ({@code persons[id=alice]}) so that the order of persons does not show.
     */
    static Map<String, String> canonical(Response response, Request request) {
        Map<String, String> byKey = new TreeMap<>();
        for (Decision d : response.decisions()) {
            byKey.put(d.benefit() + "/" + d.beneficiary(), canonical(d, request));
        }
        return byKey;
    }

    static String canonical(Decision d, Request request) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.status().jsonName()).append(' ').append(d.amount().toPlainString()).append(' ').append(d.form())
                .append(" missing=").append(d.missingInputs()).append(" details=").append(d.details());
        for (Reason r : d.reasons()) {
            sb.append("\n  ").append(r.rule()).append(" [").append(r.legalRef()).append("] ").append(r.key())
                    .append(' ').append(r.args()).append(' ').append(r.parameters());
        }
        Matcher m = PERSON.matcher(sb);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int k = Integer.parseInt(m.group(1));
            String id = k < request.household().persons().size() ? request.household().persons().get(k).id() : "?" + k;
            m.appendReplacement(out, Matcher.quoteReplacement("persons[id=" + id + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The response as the contract's JSON in both languages: what two evaluations must agree on. */
    static String json(Response response) {
        JusteDroit engine = engine();
        return engine.toJsonLine(response, Language.FR) + "\n" + engine.toJsonLine(response, Language.EN);
    }

    // ---------------------------------------------------------------------------------------------
    // Legal maxima, from the dated parameters (read here, not from the rules' reasons)

    /** The value of parameter {@code id} in force on {@code date}. */
    static BigDecimal param(String id, LocalDate date) {
        java.util.NavigableMap<LocalDate, ParameterValue> timeline = timelines().get(id);
        if (timeline == null) {
            throw new IllegalStateException("no parameter " + id);
        }
        Map.Entry<LocalDate, ParameterValue> in = timeline.floorEntry(date);
        if (in == null || in.getValue() == null) {
            throw new IllegalStateException("no value of " + id + " on " + date);
        }
        return in.getValue().value();
    }

    private static volatile Map<String, java.util.NavigableMap<LocalDate, ParameterValue>> timelines;

    private static Map<String, java.util.NavigableMap<LocalDate, ParameterValue>> timelines() {
        if (timelines == null) {
            Map<String, java.util.NavigableMap<LocalDate, ParameterValue>> all = new java.util.HashMap<>();
            engine().catalog().parameterTimelines().forEach((id, t) -> all.put(id, new TreeMap<>(t)));
            timelines = all;
        }
        return timelines;
    }

    /**
     * The largest montant forfaitaire a household of {@code persons} people ({@code children} of them
     * children) can have under the scale of {@code prefix} (rsa or prime_activite): the household
     * scale with the largest increment for every further person, or the isolated parent's, whichever
     * is larger; plus a cent per person for the rounding of each increment.
     */
    static BigDecimal maximumForfait(String prefix, LocalDate date, int persons, int children, boolean isolation) {
        BigDecimal base = param(prefix + ".montant_forfaitaire.base", date);
        BigDecimal r2 = param(prefix + ".montant_forfaitaire.majoration_deuxieme_personne", date);
        BigDecimal r3 = param(prefix + ".montant_forfaitaire.majoration_personne_supplementaire", date);
        BigDecimal r4 = param(prefix + ".montant_forfaitaire.majoration_a_partir_du_troisieme_enfant", date);
        BigDecimal scale = BigDecimal.ONE;
        if (persons >= 2) {
            scale = scale.add(r2).add(r3.max(r4).multiply(BigDecimal.valueOf(Math.max(0, persons - 2))));
        }
        if (isolation) {
            BigDecimal iso = param(prefix + ".majoration_isolement.taux_base", date)
                    .add(param(prefix + ".majoration_isolement.taux_par_enfant", date).multiply(BigDecimal.valueOf(children)));
            scale = scale.max(iso);
        }
        return base.multiply(scale).add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(persons + 1)));
    }

    static BigDecimal max(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
