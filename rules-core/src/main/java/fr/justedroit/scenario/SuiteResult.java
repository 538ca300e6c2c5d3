package fr.justedroit.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of scenario files gave: the outcome of every scenario, file by file, and the coverage of
 * the rules. A file that cannot be read counts as one failure.
 *
 * @param files the files, in the order run
 * @param coverage which rules fired and which articles were exercised
 */
public record SuiteResult(List<FileResult> files, RuleCoverage coverage) {

    public SuiteResult {
        files = List.copyOf(files);
    }

    /**
     * One file: the outcome of each of its scenarios, or the error that kept it from being read.
     *
     * @param file the file
     * @param outcomes the outcomes, in file order (empty when the file is malformed)
     * @param error why the file could not be read, or {@code null}
     */
    public record FileResult(Path file, List<ScenarioOutcome> outcomes, ScenarioFileException error) {

        public FileResult {
            outcomes = List.copyOf(outcomes);
        }

        /** Scenarios that met every expectation. */
        public int passed() {
            return (int) outcomes.stream().filter(ScenarioOutcome::passed).count();
        }

        /** Scenarios that failed, plus one if the file could not be read. */
        public int failed() {
            return (int) outcomes.stream().filter(o -> !o.passed()).count() + (error == null ? 0 : 1);
        }
    }

    /** Every outcome, file after file. */
    public List<ScenarioOutcome> outcomes() {
        return files.stream().flatMap(f -> f.outcomes().stream()).toList();
    }

    /** The outcomes that failed. */
    public List<ScenarioOutcome> failures() {
        return outcomes().stream().filter(o -> !o.passed()).toList();
    }

    /** The files that could not be read. */
    public List<FileResult> fileErrors() {
        return files.stream().filter(f -> f.error() != null).toList();
    }

    /** How many scenarios passed. */
    public int passed() {
        return files.stream().mapToInt(FileResult::passed).sum();
    }

    /** How many scenarios failed, counting each unreadable file as one. */
    public int failed() {
        return files.stream().mapToInt(FileResult::failed).sum();
    }

    /** Whether every scenario passed and every file was read. */
    public boolean ok() {
        return failed() == 0;
    }

    /** The final line of a report: {@code N passed, N failed}. */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
