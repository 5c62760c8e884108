package io.github.emporion.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.emporion.metrics.KpiIds;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ClvValueTypesTest {

    @Test
    void equals_modelsAndContainers_followTheEqualsContract() {
        EqualsVerifier.forClass(BgNbdModel.class).verify();
        EqualsVerifier.forClass(GammaGammaModel.class).verify();
        EqualsVerifier.forClass(CustomerSummaries.class)
                .withIgnoredFields("byId")
                .verify();
        EqualsVerifier.forClass(CustomerLedger.class).verify();
    }

    @Test
    void kpiIds_historicalClvAndCohortRetention_areValidSnakeCase() {
        assertThat(KpiIds.requireValid(HistoricalClv.KPI_ID)).isEqualTo("historical_clv");
        assertThat(KpiIds.requireValid(CohortRetention.KPI_ID)).isEqualTo("cohort_retention");
    }
}
