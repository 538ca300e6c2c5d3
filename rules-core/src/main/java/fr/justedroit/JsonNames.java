package fr.justedroit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The contract names of each enum type, computed once per type: reading a request looks one up for
 * every value it reads, and {@link Class#getEnumConstants()} copies its array on every call.
 */
final class JsonNames {
    private static final ClassValue<String[]> SNAKE = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return names;
        }
    };

    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((JsonName) constant).jsonName(), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private JsonNames() {
    }

    static String snake(Enum<?> e) {
        return SNAKE.get(e.getDeclaringClass())[e.ordinal()];
    }

    static Object byName(Class<?> type, String name) {
        return BY_NAME.get(type).get(name);
    }
}
