package fr.justedroit;

import fr.justedroit.internal.ParameterTable;
import fr.justedroit.internal.Phrasebook;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an engine has loaded, to browse: its rules, their DRL files, the dated parameters, which
 * sentences exist, and the months it decides. For checks, coverage reports, documentation and
 * services that show the law; deciding stays on {@link JusteDroit}. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleCatalog catalog = engine.catalog();
 * catalog.rules().forEach(r -> System.out.println(r.name() + " " + r.legalRef()));
 * }</pre>
 */
public final class RuleCatalog {
    private final List<RuleInfo> rules;
    private final Map<String, String> ruleFiles;
    private final Map<String, String> messageFiles;
    private final ParameterTable parameters;
    private final Map<String, Map<LocalDate, ParameterValue>> timelines;
    private final Phrasebook phrasebook;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    RuleCatalog(List<RuleInfo> rules, Map<String, String> ruleFiles, Map<String, String> messageFiles, ParameterTable parameters, Phrasebook phrasebook,
            YearMonth firstMonth, YearMonth lastMonth) {
        this.rules = List.copyOf(rules);
        this.ruleFiles = Collections.unmodifiableMap(new LinkedHashMap<>(ruleFiles));
        this.messageFiles = Collections.unmodifiableMap(new LinkedHashMap<>(messageFiles));
        this.parameters = parameters;
        this.timelines = timelinesOf(parameters);
        this.phrasebook = phrasebook;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    /** Every rule of the loaded rule sets, by rule set and name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The text of every loaded DRL file, by path (for checks: which parameters the rules read). */
    public Map<String, String> ruleFiles() {
        return ruleFiles;
    }

    /**
     * The dated values of every parameter, by id, then by the date they take effect. A {@code null}
     * value marks a period from which the parameter is no longer in force.
     */
    public Map<String, Map<LocalDate, ParameterValue>> parameterTimelines() {
        return timelines;
    }

    /** The file a parameter is defined in, or {@code null} if no file defines {@code id}. */
    public String parameterFile(String id) {
        ParameterTable.Parameter p = parameters.parameter(id);
        return p == null ? null : p.file();
    }

    /** Whether the rule sets have a sentence for {@code key} in {@code language}. */
    public boolean hasMessage(String key, Language language) {
        return phrasebook.has(key, language);
    }

    /** The first month the loaded law covers; requests before it are refused. */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** The last month the loaded law covers; requests after it are refused. */
    public YearMonth lastMonth() {
        return lastMonth;
    }

    private static Map<String, Map<LocalDate, ParameterValue>> timelinesOf(ParameterTable parameters) {
        Map<String, Map<LocalDate, ParameterValue>> all = new LinkedHashMap<>();
        for (String id : parameters.ids()) {
            Map<LocalDate, ParameterValue> timeline = new LinkedHashMap<>();
            parameters.parameter(id).values().forEach((since, e) -> timeline.put(since,
                    e.value() == null ? null : new ParameterValue(id, e.value(), since, e.source())));
            all.put(id, Collections.unmodifiableMap(timeline));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The text of every loaded message file ({@code rsa/messages_fr.properties}) and table of legal
     * texts, by path (for checks on sentences and links).
     */
    public Map<String, String> messageFiles() {
        return messageFiles;
    }
}
