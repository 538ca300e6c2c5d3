package fr.justedroit;

import java.util.List;
import java.util.stream.Collectors;

/** Rule sets could not be loaded; each problem names its file, and its line or key. */
public final class RuleSetException extends JusteDroitException {
    private static final long serialVersionUID = 1L;
    private final transient List<LoadProblem> problems;

    public RuleSetException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, at least one. */
    public List<LoadProblem> problems() {
        return problems;
    }
}
