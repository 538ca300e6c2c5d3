package fr.justedroit.internal;

import fr.justedroit.Decision;
import fr.justedroit.EvaluationException;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.rules.Explanations;
import fr.justedroit.rules.MonthlyIncome;
import fr.justedroit.rules.Verdict;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Decides requests with one compiled knowledge base: each evaluation takes its own session from a
 * pool, gets the month's parameters and a fresh explanation recorder (or the one that records
 * nothing, when reasons are off), and returns the verdicts joined with their reasons. Thread-safe.
 *
 * <p>Measured alternatives (the README's "Speed" section): a new session per household, and one session
 * per thread emptied by deleting its facts after each household, were both slower than the pool
 * (whose reset is cheaper than deleting facts); several households cannot share one session because
 * the rules match facts that carry no household key.
 */
public final class Evaluator {
    /** A rule set that fires more often than this on one household is looping. */
    static final int MAX_FIRINGS = 100_000;

    private final KieSessionsPool pool;
    private final RuleSteps steps;
    private final ParameterTable parameters;
    private final boolean reasons;
    private final boolean monthlyIncomeFacts;
    private final Map<YearMonth, MonthParametersImpl> months = new ConcurrentHashMap<>();

    public Evaluator(KieBase kieBase, ParameterTable parameters) {
        this(kieBase, parameters, true);
    }

    /** @param reasons whether decisions carry their reasons ({@code false}: the rules record none) */
    public Evaluator(KieBase kieBase, ParameterTable parameters, boolean reasons) {
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        // The catalog reads incomes from the IncomeBook; a rule set written against MonthlyIncome
        // facts (the contract of fr.justedroit.rules allows both) still gets them.
        this.monthlyIncomeFacts = RuleSetFacts.matches(kieBase, MonthlyIncome.class);
        this.steps = RuleSteps.of(kieBase);
        this.parameters = parameters;
        this.reasons = reasons;
    }

    /** Decides a request already checked; {@code firedRules}, when given, hears each rule that fires. */
    public Response evaluate(Request request, Consumer<String> firedRules) {
        MonthParametersImpl params = months.computeIfAbsent(request.month(),
                m -> new MonthParametersImpl(parameters, m.atDay(1)));
        Explanations explain = reasons ? new Explanations() : Explanations.OFF;
        KieSession session = pool.newKieSession();
        DefaultAgendaEventListener listener = firedRules == null ? null : new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firedRules.accept(event.getMatch().getRule().getName());
            }
        };
        StepRun run = new StepRun(steps);
        try {
            session.setGlobal("params", params);
            session.setGlobal("explain", explain);
            if (listener != null) {
                session.addEventListener(listener);
            }
            session.addEventListener(run);
            for (Object fact : FactBuilder.facts(request, monthlyIncomeFacts)) {
                session.insert(fact);
            }
            run.focus(session);
            int fired = session.fireAllRules(run, MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new EvaluationException("the rules fired " + MAX_FIRINGS + " times without settling: a rule loops");
            }
            List<Verdict> verdicts = new ArrayList<>();
            for (Object o : session.getObjects(new ClassObjectFilter(Verdict.class))) {
                verdicts.add((Verdict) o);
            }
            return new Response(request.month(), decisions(request, run.complete(verdicts), explain));
        } catch (RuntimeException e) {
            throw asEvaluationException(e);
        } finally {
            session.removeEventListener(run);
            if (listener != null) {
                session.removeEventListener(listener);
            }
            session.dispose();
        }
    }

    private static List<Decision> decisions(Request request, List<Verdict> verdicts, Explanations explain) {
        Map<String, Integer> personOrder = new HashMap<>();
        for (int i = 0; i < request.household().persons().size(); i++) {
            personOrder.put(request.household().persons().get(i).id(), i);
        }
        verdicts.sort(Comparator.comparing(Verdict::benefit)
                .thenComparing(v -> personOrder.getOrDefault(v.beneficiary(), -1)));
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            if (i > 0 && verdicts.get(i - 1).benefit().equals(v.benefit())
                    && verdicts.get(i - 1).beneficiary().equals(v.beneficiary())) {
                throw new EvaluationException("the rules decided " + v.benefit() + " for " + v.beneficiary()
                        + " twice (" + verdicts.get(i - 1).status().jsonName() + " and " + v.status().jsonName() + ")");
            }
            decisions.add(new Decision(v.benefit(), v.beneficiary(), v.status(), v.amount(), v.form(),
                    explain.reasonsFor(v.benefit(), v.beneficiary()), v.missingInputs(), v.details()));
        }
        return decisions;
    }

    private static EvaluationException asEvaluationException(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof EvaluationException ee) {
                String rule = ruleName(e);
                return rule == null ? ee : new EvaluationException("rule '" + rule + "': " + ee.getMessage(), ee);
            }
            t = t.getCause();
        }
        String rule = ruleName(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new EvaluationException((rule == null ? "" : "rule '" + rule + "': ")
                + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()), e);
    }

    private static String ruleName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
                return ce.getMatch().getRule().getName();
            }
        }
        return null;
    }
}
