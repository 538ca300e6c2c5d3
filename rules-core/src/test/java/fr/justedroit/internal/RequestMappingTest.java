package fr.justedroit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import org.junit.jupiter.api.Test;

/** The mapping's own state: mappers kept for a bounded number of limits. */
class RequestMappingTest {
    static final String JSON = "{\"month\": \"2025-06\", \"household\": {\"persons\": [{\"id\": \"alice\", \"role\": \"applicant\", "
            + "\"birthDate\": \"1990-05-14\"}]}}";

    @Test
    void limitsBuiltPerRequestDoNotGrowTheCache() {
        Request first = Requests.fromJson(JSON);
        for (int chars = 10_000; chars < 10_100; chars++) {
            assertThat(Requests.fromJson(JSON, null, RequestLimits.DEFAULT.withMaxChars(chars))).isEqualTo(first);
        }
        assertThat(RequestMapping.cachedLimits()).isLessThanOrEqualTo(RequestMapping.CACHED_LIMITS);
    }
}
