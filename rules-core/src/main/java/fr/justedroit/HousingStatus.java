package fr.justedroit;

/** How the household is housed ({@code household.housing.status}). */
public enum HousingStatus implements JsonName {
    TENANT, OWNER, OWNER_WITH_MORTGAGE, HOUSED_FREE, HOMELESS;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }
}
