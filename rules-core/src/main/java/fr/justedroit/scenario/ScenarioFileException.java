package fr.justedroit.scenario;

import fr.justedroit.InputError;
import fr.justedroit.JusteDroitException;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario file is malformed; each error names the file and the path inside it. */
public final class ScenarioFileException extends JusteDroitException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final transient List<InputError> errors;

    public ScenarioFileException(String file, List<InputError> errors) {
        super(errors.stream().map(e -> file + ": " + e).collect(Collectors.joining(System.lineSeparator())));
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    /** The file. */
    public String file() {
        return file;
    }

    /** The errors, each with its path in the file. */
    public List<InputError> errors() {
        return errors;
    }
}
