package io.github.emporion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KpiIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ctr", "cpc", "cart_abandonment_rate", "ltv_to_cac", "roas7"})
    void requireValid_snakeCase_returnsId(String id) {
        assertThat(KpiIds.requireValid(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CTR", "cart-abandonment", "_ctr", "ctr_", "a__b", "7days", "with space"})
    void requireValid_notSnakeCase_rejectedQuotingValue(String id) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KpiIds.requireValid(id))
                .withMessageContaining("'" + id + "'")
                .withMessageContaining("snake_case");
    }

    @org.junit.jupiter.api.Test
    void requireValid_tooLong_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> KpiIds.requireValid("a".repeat(65)));
    }
}
