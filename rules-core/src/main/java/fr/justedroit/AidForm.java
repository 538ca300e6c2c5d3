package fr.justedroit;

/** How the emergency aid for victims of domestic violence is paid. */
public enum AidForm implements JsonName {
    /** Aide non remboursable. */
    GRANT,
    /** Prêt sans intérêt. */
    LOAN;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
