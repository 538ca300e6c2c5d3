package fr.justedroit;

/** What a person does ({@code persons[].activity}). */
public enum Activity implements JsonName {
    EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, STUDENT, APPRENTICE, RETIRED, INACTIVE;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
