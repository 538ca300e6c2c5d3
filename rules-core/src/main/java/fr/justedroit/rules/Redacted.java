package fr.justedroit.rules;

/**
 * What the facts' text forms say instead of their values: Drools prints the facts it inserts and
 * matches when its loggers are at TRACE, and the engine cannot know an embedder's logging
 * configuration, so no fact's {@code toString} carries ids, dates, amounts, health or violence data.
 */
public final class Redacted {
    /** The words in place of the withheld values. */
    public static final String NOTE = "values withheld from text";

    private Redacted() {
    }
}
