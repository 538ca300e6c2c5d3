package fr.justedroit.scenario;

import fr.justedroit.Request;
import java.util.List;

/**
 * One case of a scenario file: a request and the decisions expected for it.
 *
 * @param file the file it was read from
 * @param index its position in the file (0-based)
 * @param name its name, unique within the file
 * @param request the request to decide
 * @param expectations the decisions expected
 * @param source where the expected figures come from (a legal text, a worked example)
 * @param notes free notes, or {@code null}
 */
public record Scenario(String file, int index, String name, Request request, List<Expectation> expectations,
        String source, String notes) {

    public Scenario {
        expectations = List.copyOf(expectations);
    }

    /** {@code file: name}, to name the scenario in reports. */
    public String id() {
        return file + ": " + name;
    }
}
