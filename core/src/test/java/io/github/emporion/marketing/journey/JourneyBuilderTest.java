package io.github.emporion.marketing.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.InteractionType;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class JourneyBuilderTest {

    static final Channel SEARCH = Channel.of(ChannelGroup.PAID_SEARCH);
    static final Channel EMAIL = Channel.of(ChannelGroup.EMAIL);
    static final Channel SOCIAL = Channel.of(ChannelGroup.ORGANIC_SOCIAL);
    static final Instant T = Instant.parse("2026-04-05T12:00:00Z");

    static Touchpoint tp(String visitor, Instant at, Channel channel) {
        return Touchpoint.of(visitor, at, channel, InteractionType.CLICK);
    }

    static Conversion conv(String visitor, Instant at, int eur) {
        return Conversion.of(visitor, at, Money.of(eur, "EUR"));
    }

    private final JourneyBuilder builder = JourneyBuilder.withDefaultLookback();

    @Test
    void buildVisitor_touchpointExactlyAtLookbackEdge_isIncluded() {
        Touchpoint edge = tp("v", T.minus(Duration.ofDays(30)), SEARCH);
        Conversion c = conv("v", T, 10);
        VisitorJourneys r = builder.buildVisitor("v", List.of(c, edge));
        assertThat(r.journeys()).containsExactly(Journey.converted(List.of(edge), c));
        assertThat(r.expiredTouchpoints()).isZero();
    }

    @Test
    void buildVisitor_touchpointOneSecondBeyondLookback_expires() {
        Touchpoint old = tp("v", T.minus(Duration.ofDays(30)).minusSeconds(1), SEARCH);
        Touchpoint recent = tp("v", T.minus(Duration.ofDays(1)), EMAIL);
        Conversion c = conv("v", T, 10);
        VisitorJourneys r = builder.buildVisitor("v", List.of(recent, c, old));
        assertThat(r.journeys()).containsExactly(Journey.converted(List.of(recent), c));
        assertThat(r.expiredTouchpoints()).isEqualTo(1);
        assertThat(r.unattributedConversions()).isEmpty();
    }

    @Test
    void buildVisitor_javadocExample_lookbackDecidesThePath() {
        Touchpoint search = tp("v", Instant.parse("2026-03-01T12:00:00Z"), SEARCH);
        Touchpoint email = tp("v", Instant.parse("2026-03-20T12:00:00Z"), EMAIL);
        Conversion purchase = conv("v", T, 99);
        assertThat(builder.buildVisitor("v", List.of(search, email, purchase)).journeys())
                .extracting(Journey::path)
                .containsExactly(List.of("Email"));
        assertThat(JourneyBuilder.withLookback(Duration.ofDays(40))
                        .buildVisitor("v", List.of(search, email, purchase))
                        .journeys())
                .extracting(Journey::path)
                .containsExactly(List.of("Paid Search", "Email"));
    }

    @Test
    void buildVisitor_conversionResetsPath_andTrailingTouchpointsDoNotConvert() {
        Touchpoint a = tp("v", T.minusSeconds(300), SEARCH);
        Conversion c1 = conv("v", T.minusSeconds(200), 10);
        Touchpoint b = tp("v", T.minusSeconds(100), EMAIL);
        Conversion c2 = conv("v", T, 20);
        Touchpoint x = tp("v", T.plusSeconds(100), SOCIAL);
        Touchpoint y = tp("v", T.plusSeconds(200), SEARCH);
        VisitorJourneys r = builder.buildVisitor("v", List.of(y, c2, x, b, a, c1));
        assertThat(r.journeys())
                .containsExactly(
                        Journey.converted(List.of(a), c1),
                        Journey.converted(List.of(b), c2),
                        Journey.notConverted(List.of(x, y)));
    }

    @Test
    void buildVisitor_touchpointAtSameInstantAsConversion_countsTowardItInAnyInputOrder() {
        Touchpoint t = tp("v", T, EMAIL);
        Conversion c = conv("v", T, 10);
        Journey expected = Journey.converted(List.of(t), c);
        assertThat(builder.buildVisitor("v", List.of(c, t)).journeys()).containsExactly(expected);
        assertThat(builder.buildVisitor("v", List.of(t, c)).journeys()).containsExactly(expected);
    }

    @Test
    void buildVisitor_sameInstantTouchpoints_orderedByFunnelThenChannelName() {
        Touchpoint click = Touchpoint.of("v", T, SEARCH, InteractionType.CLICK);
        Touchpoint impressionSocial = Touchpoint.of("v", T, SOCIAL, InteractionType.IMPRESSION);
        Touchpoint impressionEmail = Touchpoint.of("v", T, EMAIL, InteractionType.IMPRESSION);
        Conversion c = conv("v", T.plusSeconds(1), 5);
        List<Touchpoint> expected = List.of(impressionEmail, impressionSocial, click);
        List<JourneyEvent> events = new ArrayList<>(List.of(click, impressionSocial, impressionEmail, c));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, random);
            assertThat(builder.buildVisitor("v", events).journeys().get(0).touchpoints())
                    .as("permutation %s", i)
                    .isEqualTo(expected);
        }
    }

    @Test
    void buildVisitor_twoConversionsAtOneInstant_secondIsUnattributed() {
        Touchpoint t = tp("v", T.minusSeconds(5), EMAIL);
        Conversion first = conv("v", T, 10).withOrderId("o-1");
        Conversion second = conv("v", T, 20).withOrderId("o-2");
        VisitorJourneys r = builder.buildVisitor("v", List.of(second, t, first));
        assertThat(r.journeys()).containsExactly(Journey.converted(List.of(t), first));
        assertThat(r.unattributedConversions()).containsExactly(second);
    }

    @Test
    void buildVisitor_conversionWithoutTouchpoints_isUnattributedNotAnEmptyJourney() {
        Conversion c = conv("v", T, 10);
        VisitorJourneys r = builder.buildVisitor("v", List.of(c));
        assertThat(r.journeys()).isEmpty();
        assertThat(r.unattributedConversions()).containsExactly(c);
    }

    @Test
    void buildVisitor_eventOfOtherVisitor_throws() {
        assertThatThrownBy(() -> builder.buildVisitor("v", List.of(tp("w", T, EMAIL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("w");
    }

    @Test
    void withLookback_nonPositive_throws() {
        assertThatThrownBy(() -> JourneyBuilder.withLookback(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lookback");
        assertThat(JourneyBuilder.withDefaultLookback().lookback()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void stream_randomSortedInput_equalsInMemoryBuild() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            List<JourneyEvent> events = randomEvents(random, 40);
            List<VisitorJourneys> inMemory = builder.build(events);
            List<JourneyEvent> sorted = new ArrayList<>(events);
            Collections.shuffle(sorted, random);
            // Sorted by visitor and timestamp only: same-instant events stay in random order.
            sorted.sort(Comparator.comparing(JourneyEvent::visitorId).thenComparing(JourneyEvent::timestamp));
            List<VisitorJourneys> streamed = new ArrayList<>();
            builder.stream(sorted.iterator()).forEachRemaining(streamed::add);
            assertThat(streamed).as("seed %s", seed).isEqualTo(inMemory);
        }
    }

    @Test
    void stream_timestampsOutOfOrder_throws() {
        Iterator<VisitorJourneys> it = builder.stream(
                List.of(tp("v", T, EMAIL), tp("v", T.minusSeconds(1), EMAIL)).iterator());
        assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("out of order");
    }

    @Test
    void stream_visitorSeenAgain_throws() {
        Iterator<VisitorJourneys> it = builder.stream(
                List.of(tp("a", T, EMAIL), tp("b", T, EMAIL), tp("a", T, EMAIL)).iterator());
        it.next();
        it.next();
        assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessageContaining("visitor a");
    }

    @Test
    void journey_invalid_throwsNamingTheRule() {
        assertThatThrownBy(() -> new Journey("v", List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> Journey.notConverted(List.of(tp("v", T, EMAIL), tp("w", T, EMAIL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visitor w");
        assertThatThrownBy(() -> Journey.notConverted(List.of(tp("v", T, EMAIL), tp("v", T.minusSeconds(1), EMAIL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> Journey.converted(List.of(tp("v", T, EMAIL)), conv("v", T.minusSeconds(1), 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the last touchpoint");
    }

    static List<JourneyEvent> randomEvents(Random random, int visitors) {
        Channel[] channels = {SEARCH, EMAIL, SOCIAL};
        InteractionType[] types = InteractionType.values();
        List<JourneyEvent> events = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            String visitor = "v" + random.nextInt(visitors * 2);
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                // Coarse timestamps (hours over 90 days) so that ties and lookback edges occur.
                Instant at = T.plus(Duration.ofHours(random.nextInt(24 * 90)));
                if (random.nextInt(4) == 0) {
                    events.add(conv(visitor, at, random.nextInt(200)));
                } else {
                    events.add(Touchpoint.of(
                            visitor,
                            at,
                            channels[random.nextInt(channels.length)],
                            types[random.nextInt(types.length)]));
                }
            }
        }
        return events;
    }
}
