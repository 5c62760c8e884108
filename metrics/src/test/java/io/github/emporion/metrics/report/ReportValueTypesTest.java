package io.github.emporion.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucket;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ReportValueTypesTest {

    @Test
    void reportKey_equalsAndHashCode_followContract() {
        TimeWindow a = TimeWindow.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));
        TimeWindow b = TimeWindow.of(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-03T00:00:00Z"));
        // a TimeBucket's window follows from its day, granularity and zone: real buckets, not arbitrary parts
        TimeBucketing days = TimeBucketing.of(Granularity.DAY, ZoneId.of("UTC"));
        EqualsVerifier.forClass(ReportKey.class)
                .withPrefabValues(TimeWindow.class, a, b)
                .withPrefabValues(TimeBucket.class, days.bucket(a.start()), days.bucket(b.start()))
                .verify();
    }

    @Test
    void attribution_equalsAndHashCode_followContract() {
        EqualsVerifier.forClass(Attribution.class).verify();
    }

    @Test
    void reportKey_toString_namesChosenDimensions() {
        assertThat(ReportKey.ALL).hasToString("[all]");
        ReportKey key = new ReportKey(
                Optional.of("search"),
                Optional.of(ChannelGroup.PAID_SEARCH),
                Optional.of("spring"),
                Optional.of(TimeBucketing.of(Granularity.DAY, ZoneId.of("Europe/Athens"))
                        .bucket(Instant.parse("2026-03-28T22:30:00Z"))));
        assertThat(key)
                .hasToString("[channel=search, channelGroup=PAID_SEARCH, campaign=spring, period=DAY 2026-03-29]");
    }

    @Test
    void attribution_blankCampaign_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Attribution.of(Fixtures.SEARCH, " "))
                .withMessageContaining("campaignId");
    }

    @Test
    void groupBy_granularity_onlyForTimeDimensions() {
        assertThat(GroupBy.WEEK.granularity()).contains(Granularity.WEEK);
        assertThat(GroupBy.CAMPAIGN.granularity()).isEmpty();
    }
}
