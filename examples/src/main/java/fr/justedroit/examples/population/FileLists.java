package fr.justedroit.examples.population;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.justedroit.InputError;
import fr.justedroit.JusteDroit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists of a population run, written as the lines are decided, in their order: {@code errors.jsonl}
 * (the contract's error object of each line not decided, with its {@code line} and {@code id}),
 * {@code non_take_up.csv}, {@code over_payment.csv} and {@code under_payment.csv}.
 */
public final class FileLists implements FileSimulation.Lists, AutoCloseable {
    /** The columns of {@code non_take_up.csv}. */
    public static final String NON_TAKE_UP_COLUMNS = "line,id,weight,benefit,due,paid";
    /** The columns of {@code over_payment.csv}. */
    public static final String OVER_PAYMENT_COLUMNS = "line,id,weight,benefit,due,paid,excess";
    /** The columns of {@code under_payment.csv}: paid something, less than due. */
    public static final String UNDER_PAYMENT_COLUMNS = "line,id,weight,benefit,due,paid,shortfall";

    /** How many refused lines {@link #firstErrors()} keeps. */
    public static final int KEPT_ERRORS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter errors;
    private final BufferedWriter nonTakeUp;
    private final BufferedWriter overPayment;
    private final BufferedWriter underPayment;
    private long refused;
    private final List<String> firstErrors = new ArrayList<>();

    /** Opens the four files in {@code dir} (created if needed), replacing them. */
    public FileLists(Path dir) throws IOException {
        Files.createDirectories(dir);
        errors = Files.newBufferedWriter(dir.resolve("errors.jsonl"), StandardCharsets.UTF_8);
        nonTakeUp = Files.newBufferedWriter(dir.resolve("non_take_up.csv"), StandardCharsets.UTF_8);
        overPayment = Files.newBufferedWriter(dir.resolve("over_payment.csv"), StandardCharsets.UTF_8);
        underPayment = Files.newBufferedWriter(dir.resolve("under_payment.csv"), StandardCharsets.UTF_8);
        nonTakeUp.write(NON_TAKE_UP_COLUMNS + "\n");
        overPayment.write(OVER_PAYMENT_COLUMNS + "\n");
        underPayment.write(UNDER_PAYMENT_COLUMNS + "\n");
    }

    @Override
    public void refused(long line, String id, String message, List<InputError> errorList) throws IOException {
        refused++;
        if (firstErrors.size() < KEPT_ERRORS) {
            StringBuilder why = new StringBuilder("line " + line + (id == null ? "" : " (id " + id + ")") + ": " + message);
            for (InputError e : errorList) {
                why.append("; ").append(e.path()).append(": ").append(e.problem()).append(" (expected ").append(e.expected()).append(')');
            }
            firstErrors.add(why.toString());
        }
        String json = JusteDroit.errorJsonLine(message, errorList, Math.toIntExact(line));
        if (id != null) {
            // The caller's id beside the line: {"error": {"line", "message", "errors", "id"}}.
            ObjectNode tree = (ObjectNode) JSON.readTree(json);
            ((ObjectNode) tree.get("error")).put("id", id);
            json = JSON.writeValueAsString(tree);
        }
        errors.write(json + "\n");
    }

    @Override
    public void nonTakeUp(PopulationHousehold h, String benefit, BigDecimal due) throws IOException {
        nonTakeUp.write(Csv.line(h.line(), h.id(), Csv.weight(h.weight()), benefit, Csv.money(due), Csv.money(BigDecimal.ZERO)));
    }

    @Override
    public void overPayment(PopulationHousehold h, String benefit, BigDecimal due, BigDecimal paid) throws IOException {
        overPayment.write(Csv.line(h.line(), h.id(), Csv.weight(h.weight()), benefit, Csv.money(due), Csv.money(paid),
                Csv.money(paid.subtract(due))));
    }

    @Override
    public void underPayment(PopulationHousehold h, String benefit, BigDecimal due, BigDecimal paid) throws IOException {
        underPayment.write(Csv.line(h.line(), h.id(), Csv.weight(h.weight()), benefit, Csv.money(due), Csv.money(paid),
                Csv.money(due.subtract(paid))));
    }

    /** The lines not decided so far. */
    public long refused() {
        return refused;
    }

    /** The first lines not decided ({@value #KEPT_ERRORS} at most), each with its errors by path, for people. */
    public List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    @Override
    public void close() throws IOException {
        try (errors; nonTakeUp; overPayment; underPayment) {
            errors.flush();
        }
    }
}
