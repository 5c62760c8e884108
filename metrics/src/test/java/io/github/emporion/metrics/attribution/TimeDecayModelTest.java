package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeDecayModelTest {

    private static final Instant CONV = Instant.parse("2026-03-01T12:00:00Z");

    private static TimedJourney daysBefore(long... days) {
        List<Instant> times = java.util.Arrays.stream(days)
                .mapToObj(d -> CONV.minus(Duration.ofDays(d)))
                .toList();
        List<String> channels = java.util.stream.IntStream.range(0, days.length)
                .mapToObj(i -> "c" + i)
                .toList();
        return new TimedJourney(channels, times, Optional.of(CONV), 70);
    }

    @Test
    void weights_fourteenSevenZeroDays_oneTwoFourSevenths() {
        TimedJourney j = daysBefore(14, 7, 0);
        for (boolean stepped : new boolean[] {false, true}) {
            double[] w = new TimeDecayModel(Duration.ofDays(7), stepped).weights(j);
            assertThat(w[0]).as("stepped=%s", stepped).isCloseTo(1.0 / 7, within(1e-15));
            assertThat(w[1]).as("stepped=%s", stepped).isCloseTo(2.0 / 7, within(1e-15));
            assertThat(w[2]).as("stepped=%s", stepped).isCloseTo(4.0 / 7, within(1e-15));
        }
    }

    @Test
    void weights_thirteenSixOneDays_steppedAndContinuousDiffer() {
        TimedJourney j = daysBefore(13, 6, 1);
        double[] stepped = new TimeDecayModel(Duration.ofDays(7), true).weights(j);
        assertThat(stepped).containsExactly(new double[] {0.2, 0.4, 0.4}, within(1e-15));
        // 2^(-13/7), 2^(-6/7), 2^(-1/7) normalised
        double a = Math.pow(2, -13.0 / 7);
        double b = Math.pow(2, -6.0 / 7);
        double c = Math.pow(2, -1.0 / 7);
        double s = a + b + c;
        double[] cont = TimeDecayModel.sevenDays().weights(j);
        assertThat(cont).containsExactly(new double[] {a / s, b / s, c / s}, within(1e-15));
        assertThat(cont[0]).isCloseTo(0.15920, within(5e-6));
    }

    @Test
    void weights_exactlySevenDays_isAlreadyTheSecondStep() {
        double[] w = new TimeDecayModel(Duration.ofDays(7), true).weights(daysBefore(7, 0));
        assertThat(w).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, within(1e-15));
    }

    @Test
    void weights_veryOldTouches_doNotUnderflow() {
        double[] w = TimeDecayModel.sevenDays().weights(daysBefore(30_000, 29_999));
        assertThat(w[0] + w[1]).isCloseTo(1.0, within(1e-15));
        assertThat(w[1]).isGreaterThan(w[0]);
    }

    @Test
    void weights_nonConvertingJourney_rejected() {
        TimedJourney j = new TimedJourney(List.of("a"), List.of(CONV), Optional.empty(), 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimeDecayModel.sevenDays().weights(j))
                .withMessageContaining("converting");
    }

    @Test
    void timedJourney_touchAfterConversion_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimedJourney(List.of("a"), List.of(CONV.plusSeconds(1)), Optional.of(CONV), 1))
                .withMessageContaining("conversionTime");
    }

    @Test
    void attribute_timedJourneys_matchesDp6SteppedDecay() {
        var ref = Ref.table("dp6_timed_journeys_5k_heuristics.csv");
        AttributionResult r = new TimeDecayModel(Duration.ofHours(168), true).attribute(Ref.timedJourneys());
        Ref.assertRelative(Ref.conversions(r), Ref.column(ref, "time_decay_conversions"), 1e-9, "conversions");
        Ref.assertRelative(Ref.values(r), Ref.column(ref, "time_decay_value"), 1e-9, "value");
        assertThat(r.totalConversions()).isEqualTo(876.0);
    }

    @Test
    void attribute_timedJourneys_matchesGa4ContinuousDecay() {
        var ref = Ref.table("ga4_time_decay_timed_journeys_5k.csv");
        List<AttributionResult> rs =
                Attribution.runJourneys(List.of(), List.of(TimeDecayModel.sevenDays()), Ref.timedJourneys());
        AttributionResult r = rs.get(0);
        Ref.assertRelative(Ref.conversions(r), Ref.column(ref, "time_decay_conversions"), 1e-9, "conversions");
        Ref.assertRelative(Ref.values(r), Ref.column(ref, "time_decay_value"), 1e-9, "value");
        assertThat(r.parameters()).containsEntry("half_life", "PT168H").containsEntry("variant", "continuous");
    }

    @Test
    void touchCredits_nonConverting_allZero() {
        TimedJourney j = new TimedJourney(List.of("a", "b"), List.of(CONV, CONV), Optional.empty(), 0);
        assertThat(TimeDecayModel.sevenDays().touchCredits(j))
                .extracting(TouchCredit::conversions)
                .containsExactly(0.0, 0.0);
    }
}
