package fr.justedroit;

import java.util.Locale;

/** The languages in which reasons are written. */
public enum Language implements JsonName {
    FR(Locale.FRANCE), EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale used to format numbers, amounts and dates. */
    public Locale locale() {
        return locale;
    }

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
