package fr.justedroit.catalog.trust;

import fr.justedroit.Requests;
import fr.justedroit.Request;

/** Varied households for the tests of this package (placeholder until the seeded generator lands). */
final class Households {
    private Households() {
    }

    static Request mixed(int i) {
        int year = 2023 + i % 4;
        int month = 1 + (i / 4) % 12;
        String m = String.format("%d-%02d", year, month);
        int salary = (i * 37) % 2500;
        StringBuilder incomes = new StringBuilder();
        for (int k = 1; k <= 4; k++) {
            String im = java.time.YearMonth.of(year, month).minusMonths(k).toString();
            if (incomes.length() > 0) {
                incomes.append(',');
            }
            incomes.append("{\"type\":\"net_social_salary\",\"month\":\"").append(im).append("\",\"amount\":").append(salary + k).append('}');
        }
        String partner = i % 3 == 0 ? "" : ",{\"id\":\"p\",\"role\":\"partner\",\"birthDate\":\"1985-02-02\"}";
        String children = "";
        for (int c = 0; c < i % 4; c++) {
            children += ",{\"id\":\"c" + c + "\",\"role\":\"child\",\"birthDate\":\"20" + (10 + c) + "-03-03\"}";
        }
        String[] housing = {"tenant", "owner", "housed_free", "homeless", "owner_with_mortgage"};
        return Requests.fromJson("{\"month\":\"" + m + "\",\"household\":{\"persons\":[{\"id\":\"a\",\"role\":\"applicant\",\"birthDate\":\""
                + (1960 + i % 40) + "-01-01\",\"activity\":\"employed\",\"incomes\":[" + incomes + "]}" + partner + children
                + "],\"housing\":{\"status\":\"" + housing[i % 5] + "\",\"housingAid\":" + (i % 2 == 0) + "}}}");
    }
}
