package io.github.emporion.metrics.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeBucketingTest {

    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @Test
    void bucket_monthInAthens_usesLocalCalendar() {
        TimeBucket bucket = TimeBucketing.of(Granularity.MONTH, ATHENS).bucket(Instant.parse("2026-11-30T22:30:00Z"));
        assertThat(bucket.firstDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(bucket.window().start()).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
        assertThat(bucket.window().end()).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
        TimeBucket utc =
                TimeBucketing.of(Granularity.MONTH, ZoneId.of("UTC")).bucket(Instant.parse("2026-11-30T22:30:00Z"));
        assertThat(utc.firstDay()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void bucket_dstSpringForwardDay_lasts23Hours() {
        // Europe/Athens switches to summer time on 2026-03-29 (03:00 -> 04:00)
        TimeBucket day = TimeBucketing.of(Granularity.DAY, ATHENS).bucket(Instant.parse("2026-03-29T12:00:00Z"));
        assertThat(Duration.between(day.window().start(), day.window().end())).isEqualTo(Duration.ofHours(23));
        assertThat(day.window().start()).isEqualTo(Instant.parse("2026-03-28T22:00:00Z"));
    }

    @Test
    void bucket_isoWeekAndSundayWeek() {
        Instant wednesday = Instant.parse("2026-11-25T10:00:00Z");
        assertThat(TimeBucketing.of(Granularity.WEEK, ZoneId.of("UTC"))
                        .bucket(wednesday)
                        .firstDay())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(new TimeBucketing(Granularity.WEEK, ZoneId.of("UTC"), DayOfWeek.SUNDAY)
                        .bucket(wednesday)
                        .firstDay())
                .isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void bucket_halfOpen_endBelongsToNextBucket() {
        TimeBucketing days = TimeBucketing.of(Granularity.DAY, ZoneId.of("Asia/Kuwait"));
        TimeBucket first = days.bucket(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(first.window().contains(first.window().end())).isFalse();
        assertThat(first.window().contains(first.window().start())).isTrue();
        assertThat(days.bucket(first.window().end()).firstDay())
                .isEqualTo(first.firstDay().plusDays(1));
    }

    @Test
    void bucket_randomInstants_alwaysInsideTheirBucket() {
        Random random = new Random(7L);
        for (Granularity granularity : Granularity.values()) {
            TimeBucketing bucketing = TimeBucketing.of(granularity, ZoneId.of("America/Sao_Paulo"));
            for (int i = 0; i < 2000; i++) {
                Instant instant = Instant.ofEpochSecond(1_500_000_000L + (long) (random.nextDouble() * 400_000_000L));
                assertThat(bucketing.bucket(instant).window().contains(instant))
                        .as("seed 7, %s, %s", granularity, instant)
                        .isTrue();
            }
        }
    }

    @Test
    void timeBucket_windowNotTheBucketsOwnOrMonthNotOnThe1st_rejected() {
        TimeBucket march = TimeBucketing.of(Granularity.MONTH, ATHENS).bucket(Instant.parse("2026-03-15T12:00:00Z"));
        // March 2026 in Athens: 2026-02-28T22:00Z (UTC+2) to 2026-03-31T21:00Z (UTC+3 after the DST change)
        assertThat(march.window())
                .isEqualTo(TimeWindow.of(Instant.parse("2026-02-28T22:00:00Z"), Instant.parse("2026-03-31T21:00:00Z")));
        TimeWindow utcMonth =
                TimeWindow.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeBucket(Granularity.MONTH, march.firstDay(), ATHENS, utcMonth))
                .withMessageContaining("window: the MONTH from 2026-03-01 in Europe/Athens is [2026-02-28T22:00:00Z,"
                        + " 2026-03-31T21:00:00Z) but was");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeBucket(Granularity.MONTH, LocalDate.of(2026, 3, 2), ATHENS, march.window()))
                .withMessage("firstDay: a MONTH bucket starts on the 1st but was 2026-03-02");
        assertThat(new TimeBucket(Granularity.MONTH, march.firstDay(), ZoneOffset.UTC, utcMonth).window())
                .isEqualTo(utcMonth);
    }

    @Test
    void timeWindow_endNotAfterStart_rejected() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeWindow.of(t, t))
                .withMessageContaining("after");
    }
}
