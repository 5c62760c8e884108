package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.journey.Journey;
import io.github.emporion.marketing.journey.JourneyBuilder;
import io.github.emporion.marketing.journey.VisitorJourneys;
import io.github.emporion.marketing.touchpoint.Conversion;
import io.github.emporion.marketing.touchpoint.InteractionType;
import io.github.emporion.marketing.touchpoint.JourneyEvent;
import io.github.emporion.marketing.touchpoint.Touchpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SparkJourneys} gives exactly the journeys of core's {@link JourneyBuilder}. */
class SparkJourneysTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);
    static final StructType TOUCH_SCHEMA = new StructType()
            .add("visitor_id", DataTypes.StringType)
            .add("timestamp", DataTypes.TimestampType)
            .add("channel", DataTypes.StringType)
            .add("interaction_type", DataTypes.StringType)
            .add("campaign_id", DataTypes.StringType);
    static final StructType CONVERSION_SCHEMA = new StructType()
            .add("visitor_id", DataTypes.StringType)
            .add("timestamp", DataTypes.TimestampType)
            .add("value", DataTypes.createDecimalType(12, 2))
            .add("order_id", DataTypes.StringType);

    private static SparkSession spark;

    /** One journey row, comparable between Spark and core. */
    record Row8(
            String visitor,
            int journey,
            List<String> path,
            boolean converted,
            @Nullable Instant conversionTime,
            @Nullable String value,
            @Nullable String orderId) {}

    @BeforeAll
    static void setUp() {
        spark = LocalSpark.session();
    }

    static Instant day(double days) {
        return T0.plusSeconds(Math.round(days * 86_400));
    }

    static Touchpoint touch(String visitor, Instant time, String channel) {
        return Touchpoint.of(visitor, time, Channel.of(channel, ChannelGroup.DIRECT), InteractionType.CLICK);
    }

    static Conversion conversion(String visitor, Instant time, String value, String orderId) {
        return Conversion.of(visitor, time, Money.of(new BigDecimal(value), "EUR"))
                .withOrderId(orderId);
    }

    static Dataset<Row> touchFrame(List<JourneyEvent> events) {
        List<Row> rows = events.stream()
                .filter(e -> e instanceof Touchpoint)
                .map(e -> (Touchpoint) e)
                .map(t -> RowFactory.create(
                        t.visitorId(),
                        t.timestamp(),
                        t.channel().name(),
                        t.interactionType().name(),
                        t.campaignId().orElse(null)))
                .toList();
        return LocalSpark.session().createDataFrame(rows, TOUCH_SCHEMA).repartition(3);
    }

    static Dataset<Row> conversionFrame(List<JourneyEvent> events) {
        List<Row> rows = events.stream()
                .filter(e -> e instanceof Conversion)
                .map(e -> (Conversion) e)
                .map(c -> RowFactory.create(
                        c.visitorId(),
                        c.timestamp(),
                        c.value().getNumber().numberValue(BigDecimal.class).setScale(2),
                        c.orderId().orElse(null)))
                .toList();
        return LocalSpark.session().createDataFrame(rows, CONVERSION_SCHEMA).repartition(2);
    }

    private static @Nullable String plain(@Nullable Object decimal) {
        return decimal == null
                ? null
                : ((BigDecimal) decimal).stripTrailingZeros().toPlainString();
    }

    static List<Row8> collect(Dataset<Row> journeys) {
        return journeys.collectAsList().stream()
                .map(r -> new Row8(
                        r.getString(0),
                        r.getInt(1),
                        r.getList(2),
                        r.getBoolean(3),
                        r.isNullAt(4) ? null : (Instant) r.get(4),
                        plain(r.get(5)),
                        r.getString(6)))
                .sorted(Comparator.comparing(Row8::visitor).thenComparingInt(Row8::journey))
                .toList();
    }

    static List<Row8> expected(List<VisitorJourneys> built) {
        List<Row8> rows = new ArrayList<>();
        for (VisitorJourneys v : built) {
            for (int i = 0; i < v.journeys().size(); i++) {
                Journey j = v.journeys().get(i);
                rows.add(new Row8(
                        v.visitorId(),
                        i,
                        j.path(),
                        j.isConverted(),
                        j.conversion().map(Conversion::timestamp).orElse(null),
                        j.conversion()
                                .map(c -> plain(c.value().getNumber().numberValue(BigDecimal.class)))
                                .orElse(null),
                        j.conversion().flatMap(Conversion::orderId).orElse(null)));
            }
        }
        return rows;
    }

    /** Seeded events on a coarse time grid, so ties between touchpoints and conversions are common. */
    static List<JourneyEvent> generate(long seed, int visitors) {
        Random random = new Random(seed);
        List<String> channels = List.of("search", "email", "social", "display", "direct");
        InteractionType[] types = InteractionType.values();
        List<JourneyEvent> events = new ArrayList<>();
        int order = 0;
        for (int v = 0; v < visitors; v++) {
            String visitor = "visitor-" + v;
            for (int i = random.nextInt(10); i > 0; i--) {
                Touchpoint t = Touchpoint.of(
                        visitor,
                        day(random.nextInt(160) / 4.0),
                        Channel.of(channels.get(random.nextInt(channels.size())), ChannelGroup.DIRECT),
                        types[random.nextInt(types.length)]);
                events.add(random.nextBoolean() ? t : t.withCampaignId("c" + random.nextInt(3)));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                // order ids unique but not in time or value order
                events.add(conversion(
                        visitor,
                        day(random.nextInt(160) / 4.0),
                        random.nextInt(10_000) / 100 + "." + random.nextInt(10) + "0",
                        "o-" + Integer.toString(random.nextInt(1000) * 1000 + order++, 36)));
            }
        }
        return events;
    }

    @Test
    void journeys_workedExample_followsTheJavadoc() {
        List<JourneyEvent> events = List.of(
                touch("v", day(0), "search"),
                touch("v", day(9), "email"),
                touch("v", day(10), "social"),
                conversion("v", day(10), "50.00", "o1"),
                conversion("v", day(11), "20.00", "o2"),
                touch("v", day(12), "display"));

        Dataset<Row> journeys = SparkJourneys.journeys(touchFrame(events), conversionFrame(events), WEEK);

        assertThat(collect(journeys))
                .containsExactly(
                        new Row8("v", 0, List.of("email", "social"), true, day(10), "50", "o1"),
                        new Row8("v", 1, List.of("display"), false, null, null, null));
        assertThat(journeys.where(col("journey").equalTo(0)).first().getInt(7))
                .as("expired touchpoints")
                .isEqualTo(1);
        List<Row> unattributed = SparkJourneys.unattributedConversions(
                        touchFrame(events), conversionFrame(events), WEEK)
                .collectAsList();
        assertThat(unattributed).hasSize(1);
        assertThat(unattributed.get(0).getString(3)).isEqualTo("o2");
    }

    @Test
    void journeys_edgesAndTies_followJourneyBuilder() {
        List<JourneyEvent> events = List.of(
                // same instant: by interaction type (funnel order), then channel, then campaign
                touch("a", day(1), "social"),
                Touchpoint.of("a", day(1), Channel.of("zeta", ChannelGroup.DIRECT), InteractionType.IMPRESSION),
                touch("a", day(1), "email").withCampaignId("b"),
                touch("a", day(1), "email").withCampaignId("a"),
                // the first conversion in order-id order takes the journey, the second is unattributed
                conversion("a", day(1), "9.00", "o2"),
                conversion("a", day(1), "5.00", "o1"),
                // exactly lookback before the conversion: kept; one second more: expired
                touch("b", day(3), "search"),
                touch("b", day(3).minusSeconds(1), "display"),
                touch("b", day(10), "video"),
                conversion("b", day(10), "1.00", "o3"),
                // trailing touchpoints 30 days apart: no window without a conversion
                touch("b", day(20), "email"),
                touch("b", day(50), "social"),
                // a conversion without any touchpoint
                conversion("c", day(5), "3.00", "o4"));

        List<Row8> actual = collect(SparkJourneys.journeys(touchFrame(events), conversionFrame(events), WEEK));

        assertThat(actual).isEqualTo(expected(JourneyBuilder.withLookback(WEEK).build(events)));
        assertThat(actual)
                .containsExactly(
                        new Row8("a", 0, List.of("zeta", "email", "email", "social"), true, day(1), "5", "o1"),
                        new Row8("b", 0, List.of("search", "video"), true, day(10), "1", "o3"),
                        new Row8("b", 1, List.of("email", "social"), false, null, null, null));
    }

    @Test
    void journeys_generatedEvents_equalJourneyBuilder() {
        for (long seed : new long[] {7L, 8L}) {
            List<JourneyEvent> events = generate(seed, 80);
            Duration lookback = seed == 7L ? WEEK : Duration.ofDays(3).plusHours(6);
            List<VisitorJourneys> built = JourneyBuilder.withLookback(lookback).build(events);

            Dataset<Row> touches = touchFrame(events);
            Dataset<Row> conversions = conversionFrame(events);
            Dataset<Row> journeys =
                    SparkJourneys.journeys(touches, conversions, lookback).cache();
            Dataset<Row> unattributed = SparkJourneys.unattributedConversions(touches, conversions, lookback);

            assertThat(collect(journeys)).as("journeys, seed %d", seed).isEqualTo(expected(built));
            Map<String, List<String>> unattributedOrders = new TreeMap<>();
            Map<String, Long> expired = new TreeMap<>();
            for (Row r : unattributed.collectAsList()) {
                unattributedOrders
                        .computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                        .add(r.getString(3));
                expired.merge(r.getString(0), (long) r.getInt(4), Long::sum);
            }
            for (Row r : journeys.collectAsList()) {
                expired.merge(r.getString(0), (long) r.getInt(7), Long::sum);
            }
            unattributedOrders.values().forEach(list -> list.sort(Comparator.naturalOrder()));
            Map<String, List<String>> expectedOrders = new TreeMap<>();
            Map<String, Long> expectedExpired = new TreeMap<>();
            for (VisitorJourneys v : built) {
                if (!v.unattributedConversions().isEmpty()) {
                    expectedOrders.put(
                            v.visitorId(),
                            v.unattributedConversions().stream()
                                    .map(c -> c.orderId().orElseThrow())
                                    .sorted()
                                    .toList());
                }
                expectedExpired.put(v.visitorId(), v.expiredTouchpoints());
            }
            assertThat(unattributedOrders).as("unattributed, seed %d", seed).isEqualTo(expectedOrders);
            assertThat(expired).as("expired, seed %d", seed).isEqualTo(expectedExpired);
            journeys.unpersist();
        }
    }

    @Test
    void journeys_nullChannel_failsTheJobNamingTheColumn() {
        Dataset<Row> touches =
                spark.createDataFrame(List.of(RowFactory.create("v", day(1), null, "CLICK", null)), TOUCH_SCHEMA);

        Dataset<Row> journeys = SparkJourneys.journeys(touches, conversionFrame(List.of()), WEEK);

        assertThatThrownBy(journeys::collectAsList).hasStackTraceContaining("touchpoints.channel must not be null");
    }

    @Test
    void journeys_badInput_isRejectedBeforeAnyJob() {
        Dataset<Row> touches = touchFrame(List.of());
        Dataset<Row> conversions = conversionFrame(List.of());

        assertThatThrownBy(() -> SparkJourneys.journeys(touches.drop("channel"), conversions, WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("touchpoints must have a column 'channel'");
        assertThatThrownBy(() -> SparkJourneys.journeys(
                        touches,
                        conversions.withColumn("timestamp", col("timestamp").cast("long")),
                        WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversions.timestamp must be of type timestamp, but was bigint");
        assertThatThrownBy(() -> SparkJourneys.journeys(touches, conversions, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lookback must be positive");
    }
}
