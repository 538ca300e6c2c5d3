package fr.justedroit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import fr.justedroit.Activity;
import fr.justedroit.Household;
import fr.justedroit.HousingStatus;
import fr.justedroit.IncomeType;
import fr.justedroit.JsonName;
import fr.justedroit.Proof;
import fr.justedroit.Request;
import fr.justedroit.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Set;

/**
 * Jackson databind on the contract records, strict: every value of the contract is read by its
 * own type (no string taken for a number, no number for a boolean, amounts as written), records by
 * their canonical constructors, enums by their JSON names, dates and months that exist. A problem
 * is recorded with its path ({@link ReadProblems}) and the reading goes on, so that one pass reports
 * every field that breaks the contract, worded as the schema's validator worded them.
 */
final class ContractModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    /** Longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Largest exponent accepted in a number: beyond it, no amount or rate of the contract can be meant. */
    static final int MAX_EXPONENT = 30;

    private static final Set<Class<?>> RECORDS = Set.of(Request.class, Household.class, fr.justedroit.Person.class,
            fr.justedroit.Income.class, fr.justedroit.Housing.class, fr.justedroit.Disability.class,
            fr.justedroit.AahHistory.class, fr.justedroit.ActivityStop.class, fr.justedroit.RsaSanction.class, fr.justedroit.PriorWork.class,
            fr.justedroit.ViolenceAidClaim.class, fr.justedroit.InstitutionStay.class,
            fr.justedroit.Esat.class, fr.justedroit.Esat.MonthAmounts.class);

    ContractModule() {
        super("justedroit-contract");
        for (Class<?> type : List.of(String.class, Boolean.class, boolean.class, Integer.class, BigDecimal.class,
                LocalDate.class, YearMonth.class, Role.class, Activity.class, IncomeType.class, HousingStatus.class,
                Proof.class, fr.justedroit.InstitutionKind.class)) {
            addLeaf(type, new Leaf(type, null));
        }
        addLeaf(List.class, new Items(null, null));
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                    JsonDeserializer<?> deserializer) {
                return RECORDS.contains(desc.getBeanClass()) ? new Guard(deserializer, null) : deserializer;
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addLeaf(Class type, JsonDeserializer deserializer) {
        addDeserializer(type, deserializer);
    }

    /** Fields of no record of the contract: reported, skipped, and the reading goes on. */
    static final class UnknownFields extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            ReadProblems problems = ReadProblems.of(ctxt);
            // A record's unknown fields are replayed from a buffer once the record is built: the
            // reading parser is then on the record's end.
            String name = ReadProblems.fieldName(propertyName);
            String path = ReadProblems.join(p == ctxt.getParser() ? problems.objectPathOfValue(p) : problems.objectPath(ctxt.getParser()), name);
            problems.add(path, "unknown field " + (name.equals(propertyName) ? "'" + name + "'" : name), "only the fields of the contract");
            p.skipChildren();
            return true;
        }
    }

    private static String typeExpected(String type, String field) {
        return typeExpected(type, null, field);
    }

    private static String typeExpected(String type, String owner, String field) {
        return "a value of type " + type + (field != null && ContractFields.nullable(owner, field) ? " or null" : "");
    }

    /** A value of the contract that is not a record or a list, read by its type. */
    static final class Leaf extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final String field;
        /** The record that declares the field ({@code RsaSanction}), or {@code null}. */
        private final String owner;
        private final boolean topMonth;

        Leaf(Class<?> type, BeanProperty property) {
            super(type);
            this.field = property == null ? null : property.getName();
            this.owner = property == null || property.getMember() == null ? null : property.getMember().getDeclaringClass().getSimpleName();
            this.topMonth = property != null && property.getMember() != null
                    && property.getMember().getDeclaringClass() == Request.class && "month".equals(field);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return new Leaf(handledType(), property);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ReadProblems problems = ReadProblems.of(ctxt);
            // The path is worded only when something is wrong (most values are not): it is taken
            // before the value is shown, since showing a structure moves the parser past it.
            Supplier<String> path = () -> problems.valuePath(p);
            JsonToken t = p.currentToken();
            Class<?> type = handledType();
            if (type.isEnum()) {
                return enumValue(p, ctxt, problems, path);
            }
            if (type == String.class) {
                return t == JsonToken.VALUE_STRING ? text(p.getText(), problems, path) : wrongType(p, ctxt, problems, path, "string");
            }
            if (type == Boolean.class || type == boolean.class) {
                return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? (Object) p.getBooleanValue()
                        : wrongType(p, ctxt, problems, path, "boolean");
            }
            if (type == Integer.class) {
                return t == JsonToken.VALUE_NUMBER_INT ? integer(p, problems, path) : wrongType(p, ctxt, problems, path, "integer");
            }
            if (type == BigDecimal.class) {
                return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? amount(p, problems, path)
                        : wrongType(p, ctxt, problems, path, "number");
            }
            if (t != JsonToken.VALUE_STRING) {
                return wrongType(p, ctxt, problems, path, "string");
            }
            String s = p.getText();
            boolean date = type == LocalDate.class;
            if (!ContractFields.isDateForm(s, date)) {
                problems.add(path.get(), "the value " + ReadProblems.shown(p, ctxt) + " is malformed", date ? "a date YYYY-MM-DD" : "a month YYYY-MM");
                return placeholder();
            }
            try {
                int year = Integer.parseInt(s, 0, 4, 10);
                int month = Integer.parseInt(s, 5, 7, 10);
                return date ? LocalDate.of(year, month, Integer.parseInt(s, 8, 10, 10)) : YearMonth.of(year, month);
            } catch (java.time.DateTimeException e) {
                problems.add(path.get(), date ? "'" + s + "' is not a calendar date" : "'" + s + "' is not a month",
                        date ? "a date YYYY-MM-DD that exists" : "a month YYYY-MM");
                return placeholder();
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object enumValue(JsonParser p, DeserializationContext ctxt, ReadProblems problems, Supplier<String> path) throws IOException {
            Class type = handledType();
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Object value = JsonName.parse(type, p.getText());
                if (value != null) {
                    return value;
                }
            }
            problems.add(path.get(), "the value " + ReadProblems.shown(p, ctxt) + " is not allowed", "one of " + JsonName.choices(type));
            return placeholder();
        }

        private Object text(String s, ReadProblems problems, Supplier<String> path) {
            if (s.isEmpty()) {
                problems.add(path.get(), "the text is empty", "a non-empty text");
            } else if (ContractFields.IDS.contains(field) && s.length() > ContractFields.ID_MAX_LENGTH) {
                problems.add(path.get(), "the text is too long", "at most " + ContractFields.ID_MAX_LENGTH + " characters");
            } else if (ContractFields.IDS.contains(field) && !ContractFields.ID.matcher(s).matches()) {
                problems.add(path.get(), ContractFields.idProblem(s), ContractFields.ID_FORM);
            }
            return s;
        }

        private Object integer(JsonParser p, ReadProblems problems, Supplier<String> path) throws IOException {
            BigDecimal value = p.getDecimalValue();
            if (!inRange(value, problems, path)) {
                return placeholder();
            }
            return value.intValueExact();
        }

        private Object amount(JsonParser p, ReadProblems problems, Supplier<String> path) throws IOException {
            if (p.isNaN()) {
                problems.add(path.get(), "the number " + p.getText() + " is not finite", "an amount in euros, such as 1450.00");
                return placeholder();
            }
            BigDecimal d = p.getDecimalValue();
            if (d.precision() - d.scale() > MAX_EXPONENT || d.scale() > MAX_NUMBER_LENGTH) {
                problems.add(path.get(), "the number " + p.getText().toLowerCase(Locale.ROOT) + " is out of any plausible range",
                        "an amount in euros written out, such as 1450.00");
                return placeholder();
            }
            return inRange(d, problems, path) ? d : placeholder();
        }

        private boolean inRange(BigDecimal value, ReadProblems problems, Supplier<String> path) {
            BigDecimal[] range = ContractFields.RANGE.get(field);
            if (range == null) {
                return true;
            }
            if (range[0] != null && value.compareTo(range[0]) < 0) {
                problems.add(path.get(), "the value " + value.toPlainString() + " is too small", "at least " + range[0]);
                return false;
            }
            if (range[1] != null && value.compareTo(range[1]) > 0) {
                problems.add(path.get(), "the value " + value.toPlainString() + " is too large", "at most " + range[1]);
                return false;
            }
            return true;
        }

        private Object wrongType(JsonParser p, DeserializationContext ctxt, ReadProblems problems, Supplier<String> path, String type) throws IOException {
            problems.add(path.get(), "the value " + ReadProblems.shown(p, ctxt) + " has the wrong type", typeExpected(type, owner, field));
            return placeholder();
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (field == null || ContractFields.nullable(owner, field)) {
                return null;
            }
            ReadProblems problems = ReadProblems.of(ctxt);
            String path = problems.valuePath(ctxt.getParser());
            if (handledType().isEnum()) {
                problems.add(path, "the value null is not allowed", "one of " + choices());
            } else {
                problems.add(path, "the value null has the wrong type", typeExpected(typeName(), owner, field));
            }
            return placeholder();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            ReadProblems problems = ReadProblems.of(ctxt);
            if (topMonth) {
                if (problems.defaultMonth != null) {
                    return problems.defaultMonth;
                }
                problems.add(ReadProblems.join(problems.objectPath(ctxt.getParser()), "month"), "missing",
                        "the benefit month, YYYY-MM (or --month on the command line)");
                return placeholder();
            }
            if (field != null && ContractFields.required(owner, field)) {
                problems.add(ReadProblems.join(problems.objectPath(ctxt.getParser()), field), "missing",
                        "the required field '" + field + "'");
                return placeholder();
            }
            return handledType() == boolean.class ? Boolean.FALSE : null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private String choices() {
            return JsonName.choices((Class) handledType());
        }

        private String typeName() {
            Class<?> type = handledType();
            return type == Boolean.class || type == boolean.class ? "boolean" : type == Integer.class ? "integer"
                    : type == BigDecimal.class ? "number" : "string";
        }

        /** A stand-in for a value in error, so that the records can be built and every error found. */
        private Object placeholder() {
            Class<?> type = handledType();
            if (type.isEnum()) {
                return type.getEnumConstants()[0];
            }
            if (type == String.class) {
                return "";
            }
            if (type == Boolean.class || type == boolean.class) {
                return Boolean.FALSE;
            }
            if (type == Integer.class) {
                return 0;
            }
            if (type == BigDecimal.class) {
                return BigDecimal.ZERO;
            }
            return type == LocalDate.class ? (Object) LocalDate.MIN : YearMonth.of(1, 1);
        }
    }

    /** A list of the contract (persons, incomes): items read one by one, counted against the bounds. */
    static final class Items extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final transient JsonDeserializer<Object> items;

        Items(String field, JsonDeserializer<Object> items) {
            super(List.class);
            this.field = field;
            this.items = items;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JavaType type = property == null ? ctxt.getContextualType() : property.getType();
            return new Items(property == null ? null : property.getName(),
                    ctxt.findContextualValueDeserializer(type.getContentType(), property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ReadProblems problems = ReadProblems.of(ctxt);
            if (p.currentToken() != JsonToken.START_ARRAY) {
                String path = problems.valuePath(p);
                problems.add(path, "the value " + ReadProblems.shown(p, ctxt) + " has the wrong type", typeExpected("array", field));
                return List.of();
            }
            String path = problems.valuePath(p);
            List<Object> values = new ArrayList<>();
            int count = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                count++;
                Object value = t == JsonToken.VALUE_NULL ? items.getNullValue(ctxt) : items.deserialize(p, ctxt);
                if (value != null) {
                    values.add(value);
                }
            }
            int[] bounds = ContractFields.ITEMS.get(field);
            if (bounds != null && count < bounds[0]) {
                problems.add(path, "the list is too short", "at least " + bounds[0] + " item(s)");
            } else if (bounds != null && count > bounds[1]) {
                problems.add(path, "the list is too long", "at most " + bounds[1] + " items");
            }
            return values;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            ReadProblems problems = ReadProblems.of(ctxt);
            problems.add(problems.valuePath(ctxt.getParser()), "the value null has the wrong type", typeExpected("array", field));
            return List.of();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            if (field != null && ContractFields.REQUIRED.contains(field)) {
                ReadProblems problems = ReadProblems.of(ctxt);
                problems.add(ReadProblems.join(problems.objectPath(ctxt.getParser()), field), "missing",
                        "the required field '" + field + "'");
            }
            return List.of();
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }

    /**
     * A record of the contract: an object is read by databind's record support; anything else is
     * reported (and the request as a whole must be an object).
     */
    static final class Guard extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final String field;

        Guard(JsonDeserializer<?> delegatee, String field) {
            super(delegatee);
            this.field = field;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Guard(newDelegatee, field);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            Guard g = (Guard) super.createContextual(ctxt, property);
            return new Guard(g._delegatee, property == null ? null : property.getName());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
                return super.deserialize(p, ctxt);
            }
            ReadProblems problems = ReadProblems.of(ctxt);
            if (isRoot(p)) {
                problems.add(problems.basePath.isEmpty() ? "(request)" : problems.basePath,
                        "the request is " + kind(t) + ", not an object",
                        "a " + problems.format + " object with month, household and optionally violenceAid");
                p.skipChildren();
                return null;
            }
            String path = problems.valuePath(p);
            problems.add(path, "the value " + ReadProblems.shown(p, ctxt) + " has the wrong type", typeExpected("object", field));
            return placeholder();
        }

        private boolean isRoot(JsonParser p) {
            return handledType() == Request.class && field == null;
        }

        private static String kind(JsonToken t) {
            return t == JsonToken.START_ARRAY ? "a list" : t == JsonToken.VALUE_STRING ? "a text"
                    : t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? "a number"
                    : t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE ? "a boolean" : "not an object";
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            ReadProblems problems = ReadProblems.of(ctxt);
            if (handledType() == Request.class && field == null) {
                problems.add(problems.basePath.isEmpty() ? "(request)" : problems.basePath, "the request is empty",
                        "a " + problems.format + " object");
                return null;
            }
            if (field != null && ContractFields.nullable(field)) {
                return null;
            }
            problems.add(problems.valuePath(ctxt.getParser()), "the value null has the wrong type", typeExpected("object", field));
            return placeholder();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            if (field != null && ContractFields.REQUIRED.contains(field)) {
                ReadProblems problems = ReadProblems.of(ctxt);
                problems.add(ReadProblems.join(problems.objectPath(ctxt.getParser()), field), "missing",
                        "the required field '" + field + "'");
                return placeholder();
            }
            return null;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        /** Only a household cannot be left null while the other errors are looked for. */
        private Object placeholder() {
            return handledType() == Household.class ? new Household(List.of(), null, null) : null;
        }
    }
}
