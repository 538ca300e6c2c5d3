package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidRequestExceptionTest {

    static List<InputError> errors(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new InputError("household.persons[0].incomes[" + i + "].amount", "is negative", "0 or more"))
                .toList();
    }

    @Test
    void theMessageWordsTenErrorsAndCountsTheOthersWhileErrorsKeepsThemAll() {
        InvalidRequestException e = new InvalidRequestException(errors(25));
        assertThat(e.errors()).hasSize(25);
        assertThat(e.getMessage()).contains("incomes[9].amount").doesNotContain("incomes[10].amount")
                .endsWith("; and 15 more");
    }

    @Test
    void aFewErrorsAreAllInTheMessage() {
        InvalidRequestException e = new InvalidRequestException(errors(10));
        assertThat(e.getMessage()).contains("incomes[0].amount", "incomes[9].amount").doesNotContain("; and ");
        assertThat(e.getMessage().split("; ")).hasSize(10);
    }
}
