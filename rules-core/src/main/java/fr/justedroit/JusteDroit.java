package fr.justedroit;

import fr.justedroit.internal.DrlCompiler;
import fr.justedroit.internal.Evaluator;
import fr.justedroit.internal.LegalReferences;
import fr.justedroit.internal.ParameterFileReader;
import fr.justedroit.internal.ParameterTable;
import fr.justedroit.internal.Phrasebook;
import fr.justedroit.internal.PrecompiledRules;
import fr.justedroit.internal.RequestChecks;
import fr.justedroit.internal.ResponseJson;
import fr.justedroit.internal.ResponseText;
import fr.justedroit.internal.RuleMetadata;
import fr.justedroit.internal.RuleSource;
import fr.justedroit.internal.RuleSteps;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The decision engine: rule sets compiled once, then any number of requests decided, from any number
 * of threads.
 *
 * <pre>{@code
 * JusteDroit engine = JusteDroit.builder().catalog().build();      // once: compiles the rule sets
 * Response response = engine.decide(Requests.fromJson(json));      // for each request
 * String text = engine.toText(response, Language.FR);              // reasons as sentences
 * }</pre>
 *
 * <p>The legal date of every decision is the request's month: the engine never reads the clock.
 */
public final class JusteDroit {
    /** The classpath folder of the bundled catalog (module {@code rules-catalog}). */
    public static final String CATALOG = "justedroit/catalog";
    /** The first month an engine decides unless its builder says otherwise ({@link Builder#months}). */
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2023, 1);
    /** The last month an engine decides unless its builder says otherwise. */
    public static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2026, 12);

    private final Evaluator evaluator;
    private final Phrasebook phrasebook;
    private final RuleCatalog catalog;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private JusteDroit(Builder b, RuleSource source, KieBase kieBase, ParameterTable parameters, Phrasebook phrasebook) {
        this.phrasebook = phrasebook;
        this.firstMonth = b.firstMonth;
        this.lastMonth = b.lastMonth;
        this.evaluator = new Evaluator(kieBase, parameters, b.reasons);
        this.catalog = new RuleCatalog(rulesOf(kieBase), source.drl(), source.messages(), parameters, phrasebook, b.firstMonth, b.lastMonth);
    }

    /** A builder: name the rule sets, then {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides every benefit the rule sets know for the request's month.
     *
     * @throws InvalidRequestException if the request breaks the contract (each error names its path)
     * @throws EvaluationException if the rules cannot decide it (a parameter missing for the month...)
     */
    public Response decide(Request request) {
        return decide(request, null);
    }

    /** Decides the request and tells {@code firedRules} the name of each rule as it fires. */
    public Response decide(Request request, Consumer<String> firedRules) {
        Objects.requireNonNull(request, "request");
        List<InputError> errors = RequestChecks.check(request, firstMonth, lastMonth);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return evaluator.evaluate(request, firedRules);
    }

    /** The sentence of a reason, in French or English. */
    public String text(Reason reason, Language language) {
        return phrasebook.text(reason, language);
    }

    /** The response as the contract's JSON, with the reasons' sentences in {@code language}. */
    public String toJson(Response response, Language language) {
        return ResponseJson.write(response, phrasebook, language);
    }

    /** The response as the contract's JSON on one line (for JSON Lines output). */
    public String toJsonLine(Response response, Language language) {
        return ResponseJson.writeLine(response, phrasebook, language);
    }

    /**
     * An error as one line of JSON, for batch outputs where a bad entry must not stop the others:
     * {@code {"error": {"line": 3, "message": "...", "errors": [{"path", "problem", "expected"}]}}}.
     *
     * @param line the entry's line (1-based), or {@code null}
     */
    public static String errorJsonLine(String message, List<InputError> errors, Integer line) {
        return ResponseJson.errorLine(message, errors, line);
    }

    /**
     * A batch on this engine: requests decided on {@code options.threads()} threads, results in the
     * order of the entries, in constant memory (see {@link Batch}).
     */
    public Batch batch(BatchOptions options) {
        return Batch.of(this, options);
    }

    /** A batch on every processor, reasons in French: {@code batch(BatchOptions.defaults())}. */
    public Batch batch() {
        return batch(BatchOptions.defaults());
    }

    /** Writes the response's JSON on one line as UTF-8 to {@code out}, for batches (not flushed). */
    void writeJsonLine(Response response, Language language, java.io.OutputStream out) throws java.io.IOException {
        ResponseJson.writeLine(response, phrasebook, language, out);
    }

    /**
     * The errors {@link #decide} would refuse {@code request} with, on an engine deciding the default
     * months ({@link #DEFAULT_FIRST_MONTH} to {@link #DEFAULT_LAST_MONTH}), found without compiling any
     * rule: lets a tool refuse a malformed request before it pays for the rule sets. Empty when valid.
     */
    public static List<InputError> check(Request request) {
        return RequestChecks.check(Objects.requireNonNull(request, "request"), DEFAULT_FIRST_MONTH, DEFAULT_LAST_MONTH);
    }

    /** The response as text for people: each decision and the chain of its reasons. */
    public String toText(Response response, Language language) {
        return ResponseText.write(response, phrasebook, language);
    }

    /** What this engine has loaded, to browse: rules, DRL files, parameter timelines, sentences, months. */
    public RuleCatalog catalog() {
        return catalog;
    }

    /**
     * The Légifrance links of a reason's legal reference, from the rule sets' table of legal texts
     * ({@code legal_texts.yaml}); an article the table does not list gives no link.
     */
    public List<LegalLink> links(Reason reason) {
        return phrasebook.links(reason);
    }

    private static List<RuleInfo> rulesOf(KieBase kieBase) {
        List<RuleInfo> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                all.add(new RuleInfo(r.getName(), pkg.getName(), RuleMetadata.legalRef(r)));
            }
        }
        all.sort(Comparator.comparing(RuleInfo::ruleSet).thenComparing(RuleInfo::name));
        return List.copyOf(all);
    }

    /** Names the rule sets and options of an engine. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private final List<RuleSource> sources = new ArrayList<>();
        private final List<RuleSource> overrides = new ArrayList<>();
        private DrlCompiler.Mode mode = DrlCompiler.Mode.CLASSIC;
        private boolean precompiled = true;
        private final List<Map.Entry<String, ClassLoader>> classpathFolders = new ArrayList<>();
        private YearMonth firstMonth = DEFAULT_FIRST_MONTH;
        private YearMonth lastMonth = DEFAULT_LAST_MONTH;
        private boolean legalReferencesRequired = true;
        private boolean reasons = true;
        private java.util.Set<String> only;

        private Builder() {
        }

        /** The bundled catalog of the four benefits (needs {@code rules-catalog} on the classpath). */
        public Builder catalog() {
            return ruleSetsOnClasspath(CATALOG);
        }

        /** Rule sets read from a folder the embedder names: {@code *.drl}, {@code parameters*.yaml}, messages. */
        public Builder ruleSets(Path folder) {
            sources.add(RuleSource.fromDirectory(folder));
            return this;
        }

        /** Rule sets read from a classpath folder (in a folder or a jar). */
        public Builder ruleSetsOnClasspath(String folder) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : JusteDroit.class.getClassLoader();
            sources.add(RuleSource.fromClasspath(folder, loader));
            classpathFolders.add(Map.entry(folder, loader));
            return this;
        }

        /**
         * A reform: its DRL files replace the rule files of the same path, and its parameter values
         * are merged into the timelines of the parameters they name (same date replaced, new dates added).
         */
        public Builder reform(Path folder) {
            overrides.add(RuleSource.fromDirectory(folder));
            return this;
        }

        /**
         * Whether a classpath rule folder compiled when the project was built (the executable model the
         * bundled catalog ships with) is loaded as it is, when its DRL is exactly the DRL to run (the
         * default: no compiling at start-up). A reform, {@link #only}, or a DRL edited since the build
         * is compiled at run time whatever this says.
         */
        public Builder precompiled(boolean yes) {
            this.precompiled = yes;
            return this;
        }

        /** At run time, compile with the executable model instead of the classic DRL compiler. */
        public Builder executableModel(boolean yes) {
            this.mode = yes ? DrlCompiler.Mode.EXECUTABLE_MODEL : DrlCompiler.Mode.CLASSIC;
            return this;
        }

        /**
         * Keeps only the rule-set folders named (for example {@code "common", "rsa"}): an application
         * that decides one benefit compiles only what it needs.
         */
        public Builder only(String... folders) {
            this.only = java.util.Set.of(folders);
            return this;
        }

        /**
         * Whether a rule without {@code @legalRef} is refused at load (the default: every rule of this
         * project cites the article it implements). Only a tool that reports it among other problems,
         * such as {@code justedroit check}, turns this off.
         */
        public Builder legalReferencesRequired(boolean required) {
            this.legalReferencesRequired = required;
            return this;
        }

        /**
         * Whether decisions carry their reasons (default {@code true}). Without them the rules still
         * decide every benefit the same way, but record no step: for mass simulations that only add up
         * amounts.
         */
        public Builder reasons(boolean yes) {
            this.reasons = yes;
            return this;
        }

        /** The months requests may ask for (default 2023-01 to 2026-12, the months the catalog records). */
        public Builder months(YearMonth first, YearMonth last) {
            this.firstMonth = first;
            this.lastMonth = last;
            return this;
        }

        /**
         * Loads, checks and compiles the rule sets.
         *
         * @throws RuleSetException naming each file and line (or parameter key) that is wrong, and each
         *     rule without a {@code @legalRef}
         */
        public JusteDroit build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("no rule sets: call catalog(), ruleSets(path) or ruleSetsOnClasspath(folder)");
            }
            RuleSource source = sources.get(0);
            for (int i = 1; i < sources.size(); i++) {
                source = source.plus(sources.get(i));
            }
            if (only != null) {
                source = source.onlyFolders(only);
            }
            List<LoadProblem> problems = new ArrayList<>();
            ParameterTable table = parameters(source, problems);
            Phrasebook phrasebook = Phrasebook.read(source.messages(), table.units(), problems);
            Map<String, String> drl = new LinkedHashMap<>(source.drl());
            for (RuleSource reform : overrides) {
                drl.putAll(reform.drl());
                table = table.overriddenBy(parameters(reform, problems));
            }
            if (drl.isEmpty()) {
                problems.add(new LoadProblem(source.root(), 0, null, "no rule file (*.drl) in the rule sets"));
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(problems);
            }
            RuleSource effective = new RuleSource(source.root(), drl, source.parameters(), source.messages());
            KieBase kieBase = precompiledKieBase(drl).orElseGet(() -> DrlCompiler.compile(drl, mode));
            List<LoadProblem> unreferenced = legalReferencesRequired ? LegalReferences.missing(kieBase, drl) : List.of();
            if (!unreferenced.isEmpty()) {
                throw new RuleSetException(unreferenced);
            }
            List<LoadProblem> unordered = RuleSteps.problems(kieBase, drl);
            if (!unordered.isEmpty()) {
                throw new RuleSetException(unordered);
            }
            return new JusteDroit(this, effective, kieBase, table, phrasebook);
        }

        private java.util.Optional<KieBase> precompiledKieBase(Map<String, String> drl) {
            if (precompiled) {
                for (Map.Entry<String, ClassLoader> folder : classpathFolders) {
                    java.util.Optional<KieBase> kieBase = PrecompiledRules.load(folder.getKey(), folder.getValue(), drl);
                    if (kieBase.isPresent()) {
                        return kieBase;
                    }
                }
            }
            return java.util.Optional.empty();
        }

        private static ParameterTable parameters(RuleSource source, List<LoadProblem> problems) {
            Map<String, ParameterTable.Parameter> all = new LinkedHashMap<>();
            source.parameters().forEach((file, text) -> {
                Map<String, ParameterTable.Parameter> read = ParameterFileReader.read(file, text, problems);
                read.forEach((id, p) -> {
                    ParameterTable.Parameter previous = all.put(id, p);
                    if (previous != null) {
                        problems.add(new LoadProblem(file, 0, id, "already defined in " + previous.file()));
                    }
                });
            });
            return new ParameterTable(all);
        }
    }
}
