package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one mapping from the contract's JSON (or YAML) text to the request records: Jackson databind
 * with the contract's deserializers ({@link ContractModule}), straight from the text, no tree and
 * no schema validation on the way. Thread-safe: the mappers are shared and immutable once built,
 * the problems of a reading live in its own context.
 */
public final class RequestMapping {
    /** The formats a request is read from. */
    public enum Format {
        JSON, YAML
    }

    /** Mappers kept for this many distinct limits at most (an embedder may build limits per request). */
    static final int CACHED_LIMITS = 8;
    private static final Mappers DEFAULT = Mappers.of(RequestLimits.DEFAULT);
    private static final Map<RequestLimits, Mappers> OTHERS = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<RequestLimits, Mappers> eldest) {
            return size() > CACHED_LIMITS;
        }
    };

    private RequestMapping() {
    }

    /** The JSON and YAML mappers of one set of limits. */
    private record Mappers(ObjectReader json, ObjectReader yaml, ObjectMapper jsonTrees, ObjectMapper yamlTrees) {
        static Mappers of(RequestLimits limits) {
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth()).maxNumberLength(ContractModule.MAX_NUMBER_LENGTH)
                    .maxStringLength(limits.maxChars()).maxDocumentLength(limits.maxChars()).build();
            LoaderOptions yamlOptions = new LoaderOptions();
            yamlOptions.setCodePointLimit(Math.max(limits.maxChars(), 1024));
            yamlOptions.setNestingDepthLimit(limits.maxDepth());
            yamlOptions.setMaxAliasesForCollections(20);
            yamlOptions.setAllowDuplicateKeys(false);
            ObjectMapper json = configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build());
            ObjectMapper yaml = configure(new YAMLMapper(YAMLFactory.builder().streamReadConstraints(constraints)
                    .loaderOptions(yamlOptions)
                    // YAML 1.2: yes, no, on, off are texts, not booleans (an id "no" stays "no").
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build()));
            return new Mappers(json.readerFor(Request.class), yaml.readerFor(Request.class), json, yaml);
        }

        private static ObjectMapper configure(ObjectMapper mapper) {
            // Keep amounts exactly as written: 140.00 stays 140.00, not 1.4E+2.
            mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
            return mapper.registerModule(new ContractModule())
                    .addHandler(new ContractModule.UnknownFields())
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    // A bug of ours (an exception in a deserializer) must not pass for the user's bad input.
                    .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }

        ObjectReader reader(Format format) {
            return format == Format.JSON ? json : yaml;
        }
    }

    private static Mappers mappers(RequestLimits limits) {
        if (Objects.requireNonNull(limits, "limits").equals(RequestLimits.DEFAULT)) {
            return DEFAULT;
        }
        synchronized (OTHERS) {
            return OTHERS.computeIfAbsent(limits, Mappers::of);
        }
    }

    /** How many limits other than the default have their mappers kept now (at most {@link #CACHED_LIMITS}). */
    static int cachedLimits() {
        synchronized (OTHERS) {
            return OTHERS.size();
        }
    }

    /**
     * Reads one request; {@code defaultMonth} (may be null) applies when it has no month.
     *
     * @throws InvalidRequestException naming every field that breaks the contract
     */
    public static Request read(String text, Format format, YearMonth defaultMonth, RequestLimits limits) {
        Objects.requireNonNull(text, "text");
        if (text.length() > limits.maxChars()) {
            throw new InvalidRequestException(new InputError("(request)", "the request has " + text.length() + " characters",
                    "at most " + limits.maxChars() + " characters (the configured size limit)"));
        }
        String body = withoutByteOrderMark(text);
        Mappers mappers = mappers(limits);
        ReadProblems problems = new ReadProblems("", format.name(), defaultMonth);
        Request request;
        try {
            if (format == Format.YAML) {
                refuseAliases(mappers.yamlTrees(), body);
            }
            request = mappers.reader(format).withAttribute(ReadProblems.KEY, problems).readValue(body);
        } catch (ValueInstantiationException | InvalidDefinitionException e) {
            // A record refused what the mapping let through: our bug, not the user's input.
            throw new IllegalStateException("the contract mapping failed on a request", e);
        } catch (JsonProcessingException | YAMLException e) {
            throw new InvalidRequestException(ParserMessages.error(e, format.name(), limits));
        } catch (IOException e) {
            throw new InvalidRequestException(new InputError("(request)", "not readable: " + ParserMessages.readable(e.getMessage()),
                    "a " + format + " object in the contract's format"));
        }
        if (!problems.errors().isEmpty()) {
            throw new InvalidRequestException(problems.errors());
        }
        if (request == null) {
            throw new InvalidRequestException(new InputError("(request)", "the request is empty", "a " + format + " object"));
        }
        return request;
    }

    /**
     * Reads a request from a tree (a request embedded in a larger file, such as a scenario), naming
     * fields under {@code basePath}.
     */
    public static Request fromTree(JsonNode node, String basePath, YearMonth defaultMonth) {
        ReadProblems problems = new ReadProblems(basePath, "JSON", defaultMonth);
        Request request;
        try {
            request = DEFAULT.json().withAttribute(ReadProblems.KEY, problems).readValue(node);
        } catch (ValueInstantiationException | InvalidDefinitionException e) {
            throw new IllegalStateException("the contract mapping failed on a request", e);
        } catch (IOException e) {
            throw new InvalidRequestException(new InputError(basePath.isEmpty() ? "(request)" : basePath,
                    "not readable: " + ParserMessages.readable(e.getMessage()), "a request in the contract's format"));
        }
        if (!problems.errors().isEmpty()) {
            throw new InvalidRequestException(problems.errors());
        }
        return request;
    }

    /** Parses YAML text into a tree (scenario files), with the default size and depth limits. */
    public static JsonNode parseYaml(String text) {
        return parseTree(withoutByteOrderMark(text), Format.YAML, RequestLimits.DEFAULT);
    }

    /** Parses JSON text into a tree, with the given limits. */
    public static JsonNode parseJson(String text, RequestLimits limits) {
        return parseTree(withoutByteOrderMark(text), Format.JSON, limits);
    }

    private static JsonNode parseTree(String text, Format format, RequestLimits limits) {
        Mappers mappers = mappers(limits);
        ObjectMapper mapper = format == Format.JSON ? mappers.jsonTrees() : mappers.yamlTrees();
        try {
            if (format == Format.YAML) {
                refuseAliases(mapper, text);
            }
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw new InvalidRequestException(new InputError("(request)", "the file is empty", "a " + format + " object"));
            }
            return node;
        } catch (JsonProcessingException | YAMLException e) {
            throw new InvalidRequestException(ParserMessages.error(e, format.name(), limits));
        } catch (IOException e) {
            throw new InvalidRequestException(new InputError("(request)", "not readable: " + ParserMessages.readable(e.getMessage()),
                    "a " + format + " object"));
        }
    }

    /**
     * A byte-order mark is no part of the request: JSON and YAML both read the text after it (a
     * file saved by some editors starts with one).
     */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * YAML aliases ({@code *name}) are refused: the reader would take an alias for the text of its
     * name, silently, and a request has no use for them.
     */
    private static void refuseAliases(ObjectMapper mapper, String text) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    throw new InvalidRequestException(new InputError("(request)",
                            "a YAML alias (*" + yp.getText() + ") at line " + p.currentLocation().getLineNr(),
                            "every value written out (aliases and anchors are not accepted in a request)"));
                }
            }
        }
    }

    /** What the parsers say, for people. */
    static final class ParserMessages {
        private ParserMessages() {
        }

        static InputError error(Exception e, String format, RequestLimits limits) {
            if (e instanceof StreamConstraintsException sce) {
                return limitError(sce.getOriginalMessage(), limits);
            }
            if (e instanceof JsonProcessingException jpe) {
                String message = jpe.getOriginalMessage();
                if (message != null && message.startsWith("No content to map")) {
                    return new InputError("(request)", "the request is empty", "a " + format + " object");
                }
                String where = jpe.getLocation() == null || jpe.getLocation().getLineNr() < 1 ? ""
                        : " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr();
                return new InputError("(request)", "not valid " + format + where + ": " + readable(message),
                        "a " + format + " object in the contract's format");
            }
            // SnakeYAML reports some limits (aliases, code points, depth) with its own exceptions.
            return new InputError("(request)", "not valid " + format + ": " + readable(e.getMessage()),
                    "a " + format + " object in the contract's format, within the size and depth limits");
        }

        /** A parser's message for people: no option names, class names or source descriptions. */
        static String readable(String message) {
            if (message == null) {
                return "unreadable";
            }
            if (message.startsWith("Trailing token")) {
                return "more content after the end of the request";
            }
            String m = message.strip();
            // SnakeYAML: "while parsing X\n in 'reader', line 3...\nexpected Y, but found Z\n in ..." -> "while parsing X: expected Y, but found Z"
            // (the lines under "in 'reader', line L, column C:" quote the input, down to a "^" marker).
            List<String> lines = new ArrayList<>();
            boolean quoting = false;
            for (String line : m.split("\\R")) {
                String l = line.strip();
                if (l.startsWith("in 'reader'")) {
                    quoting = true;
                    continue;
                }
                if (quoting) {
                    quoting = !l.matches("\\^+");
                    continue;
                }
                if (!l.isEmpty() && !l.startsWith("at [Source")) {
                    lines.add(l);
                }
            }
            m = String.join(": ", lines);
            m = m.replaceAll(" \\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", " (opened at line $1, column $2)");
            m = m.replaceAll(": enable `[^`]*` to allow", "");
            m = m.replaceAll(" \\(for \\w+ starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", " (opened at line $1, column $2)");
            m = m.replaceAll(", from `[^`]*`", "");
            m = m.replaceAll("`", "'");
            return m.length() > 300 ? m.substring(0, 297) + "..." : m;
        }

        private static InputError limitError(String message, RequestLimits limits) {
            String m = message == null ? "" : message;
            if (m.contains("nesting depth")) {
                return new InputError("(request)", "nested deeper than " + limits.maxDepth() + " levels",
                        "at most " + limits.maxDepth() + " levels of nesting (the configured depth limit; a request needs "
                                + RequestLimits.MIN_DEPTH + ")");
            }
            if (m.contains("Number value length")) {
                return new InputError("(request)", "a number longer than " + ContractModule.MAX_NUMBER_LENGTH + " characters",
                        "amounts in euros, such as 1450.00");
            }
            if (m.contains("String value length") || m.contains("Document length")) {
                return new InputError("(request)", "longer than " + limits.maxChars() + " characters",
                        "at most " + limits.maxChars() + " characters (the configured size limit)");
            }
            return new InputError("(request)", "not read: " + readable(m), "a request within the configured limits");
        }
    }
}
