package io.github.emporion.metrics;

import io.github.emporion.metrics.kpi.KpiLabel;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void kpiLabel_equalsAndHashCode_followContract() {
        EqualsVerifier.forClass(KpiLabel.class)
                .withPrefabValues(String.class, "ctr", "roas")
                .verify();
    }
}
