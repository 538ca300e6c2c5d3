package fr.justedroit.examples.embedding;

import fr.justedroit.Activity;
import fr.justedroit.Decision;
import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.HousingStatus;
import fr.justedroit.Income;
import fr.justedroit.IncomeType;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.ParameterValue;
import fr.justedroit.Person;
import fr.justedroit.Reason;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import fr.justedroit.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How an application embeds JusteDroit: build the engine once, decide requests from several threads,
 * read the reasons, handle a bad request.
 *
 * <p>Run {@code main} from an IDE, or its test in the build:
 * {@code mvn -o -q -pl examples -am test -Dtest=EmbeddingExampleTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** What the application got for one request: the response, or the errors of a refused request. */
    public record Outcome(String name, Response response, List<InputError> errors) {
    }

    public static void main(String[] args) throws Exception {
        // 1. Once, at start-up: compile the rule sets. This takes seconds; keep the engine for the
        //    life of the application (it is immutable and thread-safe).
        JusteDroit engine = JusteDroit.builder().catalog().build();

        // 2. Many requests, from many threads.
        List<Outcome> outcomes = decideAll(engine, requests(), 4);

        // 3. Read each decision and its reasons.
        for (Outcome o : outcomes) {
            System.out.println(describe(engine, o, Language.FR));
        }
    }

    /** The requests of the example: three built in Java, one read from JSON, one that breaks the contract. */
    public static List<NamedRequest> requests() {
        YearMonth june = YearMonth.of(2025, 6);
        List<NamedRequest> list = new ArrayList<>();

        // A single person without income, tenant with a housing aid.
        list.add(new NamedRequest("single, no income", () -> new Request(june, new Household(
                List.of(Person.of("camille", Role.APPLICANT, LocalDate.of(1985, 3, 2))),
                new Housing(HousingStatus.TENANT, true), null))));

        // A single parent who works part-time: payslips for the months the rules look at.
        list.add(new NamedRequest("single parent, part-time", () -> {
            List<Income> pay = new ArrayList<>();
            for (YearMonth m = june.minusMonths(12); m.isBefore(june); m = m.plusMonths(1)) {
                pay.add(Income.monthly(IncomeType.NET_SOCIAL_SALARY, m, new BigDecimal("780.00")));
            }
            Person nadia = new Person("nadia", Role.APPLICANT, LocalDate.of(1992, 9, 14), Activity.EMPLOYED, false, null, null, pay);
            Person sami = Person.of("sami", Role.CHILD, LocalDate.of(2019, 4, 1));
            return new Request(june, new Household(List.of(nadia, sami), new Housing(HousingStatus.TENANT, true),
                    LocalDate.of(2021, 1, 1)));
        }));

        // A couple of students housed free.
        list.add(new NamedRequest("student couple", () -> new Request(june, new Household(List.of(
                new Person("lou", Role.APPLICANT, LocalDate.of(2003, 1, 5), Activity.STUDENT, false, null, null, List.of()),
                new Person("max", Role.PARTNER, LocalDate.of(2002, 7, 9), Activity.STUDENT, false, null, null, List.of())),
                new Housing(HousingStatus.HOUSED_FREE, false), null))));

        // A request as an application receives it: JSON of the public contract.
        list.add(new NamedRequest("from JSON", () -> Requests.fromJson("""
                {"month": "2025-06",
                 "household": {"persons": [{"id": "ana", "role": "applicant", "birthDate": "1970-02-11",
                                            "incomes": [{"type": "pension", "month": "2025-03", "amount": 420.00},
                                                        {"type": "pension", "month": "2025-04", "amount": 420.00},
                                                        {"type": "pension", "month": "2025-05", "amount": 420.00}]}],
                               "housing": {"status": "owner", "housingAid": false}}}
                """)));

        // A request that breaks the contract: the error names the field by its path.
        list.add(new NamedRequest("born after the month", () -> new Request(june, new Household(
                List.of(Person.of("zoe", Role.APPLICANT, LocalDate.of(2030, 1, 1))), null, null))));
        return list;
    }

    /** A request and a name for it; built lazily so that a JSON error is reported like any other. */
    public record NamedRequest(String name, java.util.function.Supplier<Request> request) {
    }

    /**
     * Decides every request on a pool of {@code threads} threads, with the one shared engine, and
     * returns the outcomes in the order of the requests.
     */
    public static List<Outcome> decideAll(JusteDroit engine, List<NamedRequest> requests, int threads)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (NamedRequest r : requests) {
                futures.add(pool.submit(() -> {
                    try {
                        return new Outcome(r.name(), engine.decide(r.request().get()), List.of());
                    } catch (InvalidRequestException e) {
                        return new Outcome(r.name(), null, e.errors());
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    /** An outcome as text: each decision, then each reason with its legal reference and parameters. */
    public static String describe(JusteDroit engine, Outcome o, Language language) {
        StringBuilder sb = new StringBuilder("== ").append(o.name()).append('\n');
        if (o.response() == null) {
            for (InputError e : o.errors()) {
                sb.append("  refused: ").append(e.path()).append(": ").append(e.problem()).append(" (expected ")
                        .append(e.expected()).append(")\n");
            }
            return sb.toString();
        }
        for (Decision d : o.response().decisions()) {
            sb.append("  ").append(d.benefit()).append(" for ").append(d.beneficiary()).append(": ").append(d.status().jsonName());
            if (d.amount().signum() > 0) {
                sb.append(", ").append(d.amount().toPlainString()).append(" € a month");
            }
            sb.append('\n');
            for (Reason reason : d.reasons()) {
                sb.append("    - ").append(engine.text(reason, language));
                if (reason.legalRef() != null) {
                    sb.append(" [").append(reason.legalRef()).append(']');
                }
                sb.append('\n');
                for (ParameterValue p : reason.parameters()) {
                    sb.append("        ").append(p.id()).append(" = ").append(p.value().toPlainString()).append(" since ").append(p.since()).append('\n');
                }
            }
            for (String missing : d.missingInputs()) {
                sb.append("    missing: ").append(missing).append('\n');
            }
        }
        return sb.toString();
    }
}
