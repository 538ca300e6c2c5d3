package fr.justedroit;

/**
 * An enum constant of the public contract, with the lower snake_case name it has in JSON and YAML.
 */
public interface JsonName {
    /** The name of this value in the contract, for example {@code net_social_salary}. */
    String jsonName();

    /** The constant of {@code type} whose contract name is {@code name}, or {@code null}. */
    static <E extends Enum<E> & JsonName> E parse(Class<E> type, String name) {
        return name == null ? null : type.cast(JsonNames.byName(type, name));
    }

    /** The contract names of every constant of {@code type}, for error messages. */
    static <E extends Enum<E> & JsonName> String choices(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.jsonName());
        }
        return sb.toString();
    }

    /** The snake_case form of an enum constant's name. */
    static String snake(Enum<?> e) {
        return JsonNames.snake(e);
    }
}
