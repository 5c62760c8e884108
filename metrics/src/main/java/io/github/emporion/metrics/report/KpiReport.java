package io.github.emporion.metrics.report;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.marketing.channel.Channel;
import io.github.emporion.marketing.touchpoint.Session;
import io.github.emporion.metrics.time.Granularity;
import io.github.emporion.metrics.time.TimeBucketing;
import io.github.emporion.metrics.time.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;

/**
 * The KPI report from domain objects: the in-process entry point that the JSON API and the command
 * line wrap. It is an immutable configuration — currency, time zone, half-open window, breakdown
 * dimensions — that runs over campaign days, sessions, orders and carts in one pass.
 *
 * <pre>{@code
 * KpiReport report = KpiReport.builder()
 *         .currency("EUR")
 *         .zone(ZoneId.of("Europe/Athens"))
 *         .window(TimeWindow.of(from, to))
 *         .groupBy(GroupBy.CHANNEL, GroupBy.DAY)
 *         .build();
 * KpiReportResult result = report.run(campaignDays, sessions, orders, carts);
 * KpiResult searchCtr = result.kpi("ctr").orElseThrow().group(searchKey).orElseThrow();
 * SessionSummary total = result.sessions().total();     // counts and the funnel
 *
 * // the same, in parallel (or per partition, merged):
 * KpiReportResult same = inputs.parallelStream().collect(report.collector());
 * }</pre>
 *
 * <p><b>Which rows count.</b> Every row is dated by one instant and counted only if the window
 * contains it ({@code start ≤ t < end}); rows outside are ignored (and counted in {@link
 * KpiReportResult#rowsOutsideWindow()}):
 *
 * <ul>
 *   <li>a session by its {@link Session#start()};
 *   <li>an order by its {@code placedAt}; cancelled orders are not sales and are skipped ({@link
 *       KpiReportResult#cancelledOrders()}); its returns and refunds are those in the {@code Order}
 *       version passed, booked with the order;
 *   <li>a cart by its {@link TrackedCart#createdAt()} (a cohort: purchased later still counts);
 *   <li>a daily campaign record by the first instant of its {@link LocalDate} in the report's zone
 *       (the record's day is taken to be a day of the report zone; align the window with midnight
 *       in that zone, or campaign rows of the first and last day are either wholly in or wholly
 *       out).
 * </ul>
 *
 * <p><b>Groups.</b> Each row's {@link ReportKey} holds the chosen dimensions: channel and channel
 * group from the campaign's channel, the session's landing channel or the {@link Attribution} of an
 * order or cart; campaign from the campaign day or the attribution (sessions have none); the
 * period from {@link TimeBucketing} in the report zone. Unknown dimensions are empty ("(not
 * set)").
 *
 * <p><b>Money.</b> One currency per report; a row in another currency fails with {@link
 * io.github.emporion.money.CurrencyMismatchException} and changes nothing. Sums are exact minor
 * units.
 *
 * @param currency the currency of every amount
 * @param zone the zone whose calendar defines days, weeks and months
 * @param window the half-open window of the report
 * @param groupBy the breakdown dimensions (unmodifiable; empty for totals only)
 * @param firstDayOfWeek the first day of {@link GroupBy#WEEK} buckets
 */
public record KpiReport(
        CurrencyUnit currency, ZoneId zone, TimeWindow window, Set<GroupBy> groupBy, DayOfWeek firstDayOfWeek) {

    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException if more than one of day, week and month is chosen
     */
    public KpiReport {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        EnumSet<GroupBy> dims = EnumSet.noneOf(GroupBy.class);
        dims.addAll(Objects.requireNonNull(groupBy, "groupBy"));
        long timeDims = dims.stream().filter(d -> d.granularity().isPresent()).count();
        if (timeDims > 1) {
            throw new IllegalArgumentException(
                    "groupBy: at most one of DAY, WEEK and MONTH may be chosen but got " + dims);
        }
        groupBy = Collections.unmodifiableSet(dims);
    }

    /**
     * Starts a builder: no breakdown, ISO weeks (Monday); currency, zone and window are required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the report over the four kinds of rows, in one pass.
     *
     * @param campaignDays daily campaign records with their campaigns ({@link CampaignDay#join})
     * @param sessions sessions
     * @param orders orders with their attribution
     * @param carts carts with their attribution
     * @return the result
     * @throws io.github.emporion.money.CurrencyMismatchException if a row is in another currency
     * @throws IllegalArgumentException if a row cannot be mapped (see {@link DomainFacts})
     */
    public KpiReportResult run(
            Collection<CampaignDay> campaignDays,
            Collection<Session> sessions,
            Collection<AttributedOrder> orders,
            Collection<TrackedCart> carts) {
        KpiReportAccumulator acc = newAccumulator();
        campaignDays.forEach(acc::add);
        sessions.forEach(s -> acc.add(new SessionVisit(s)));
        orders.forEach(acc::add);
        carts.forEach(acc::add);
        return acc.result();
    }

    /**
     * Runs the report over a mixed stream of rows, in parallel if the stream is parallel.
     *
     * @param rows the rows
     * @return the result, equal to the one of a sequential pass
     */
    public KpiReportResult run(Stream<? extends ReportInput> rows) {
        return rows.collect(Accumulators.collector(this::newAccumulator));
    }

    /**
     * Returns an empty accumulator of this report, the zero for {@link
     * io.github.emporion.aggregate.Accumulators} or a distributed engine.
     *
     * @return a new accumulator
     */
    public KpiReportAccumulator newAccumulator() {
        return new KpiReportAccumulator(this);
    }

    /**
     * Returns the group of a row dated {@code at}.
     *
     * @param at the row's instant, inside the window
     * @param channel the row's channel, if known
     * @param campaignId the row's campaign, if known
     * @return the key with the chosen dimensions
     */
    ReportKey keyOf(Instant at, Optional<Channel> channel, Optional<String> campaignId) {
        if (groupBy.isEmpty()) {
            return ReportKey.ALL;
        }
        Optional<Granularity> granularity =
                groupBy.stream().flatMap(d -> d.granularity().stream()).findFirst();
        return new ReportKey(
                groupBy.contains(GroupBy.CHANNEL) ? channel.map(Channel::name) : Optional.empty(),
                groupBy.contains(GroupBy.CHANNEL_GROUP) ? channel.map(Channel::group) : Optional.empty(),
                groupBy.contains(GroupBy.CAMPAIGN) ? campaignId : Optional.empty(),
                granularity.map(g -> new TimeBucketing(g, zone, firstDayOfWeek).bucket(at)));
    }

    /** A mutable builder of {@link KpiReport}; {@link #build()} validates. */
    public static final class Builder {
        private @Nullable CurrencyUnit currency;
        private @Nullable ZoneId zone;
        private @Nullable TimeWindow window;
        private final EnumSet<GroupBy> groupBy = EnumSet.noneOf(GroupBy.class);
        private DayOfWeek firstDayOfWeek = DayOfWeek.MONDAY;

        private Builder() {}

        /**
         * Sets the currency of every amount.
         *
         * @param value the currency
         * @return this builder
         */
        public Builder currency(CurrencyUnit value) {
            currency = Objects.requireNonNull(value, "currency");
            return this;
        }

        /**
         * Sets the currency by ISO code.
         *
         * @param code e.g. {@code "EUR"}, {@code "JPY"}, {@code "KWD"}
         * @return this builder
         */
        public Builder currency(String code) {
            return currency(Monetary.getCurrency(Objects.requireNonNull(code, "code")));
        }

        /**
         * Sets the zone whose calendar defines days, weeks and months.
         *
         * @param value the zone, e.g. {@code Europe/Athens}
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * Sets the half-open window.
         *
         * @param value the window
         * @return this builder
         */
        public Builder window(TimeWindow value) {
            window = Objects.requireNonNull(value, "window");
            return this;
        }

        /**
         * Sets the window to the local days {@code [from, to)} of the builder's zone (set the zone
         * first).
         *
         * @param from the first day inside
         * @param to the first day after
         * @return this builder
         * @throws IllegalStateException if no zone is set yet
         */
        public Builder window(LocalDate from, LocalDate to) {
            if (zone == null) {
                throw new IllegalStateException("zone must be set before a window of local dates");
            }
            return window(TimeWindow.of(
                    from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant()));
        }

        /**
         * Adds breakdown dimensions.
         *
         * @param dimensions e.g. {@code CHANNEL, MONTH}
         * @return this builder
         */
        public Builder groupBy(GroupBy... dimensions) {
            for (GroupBy d : dimensions) {
                groupBy.add(Objects.requireNonNull(d, "dimension"));
            }
            return this;
        }

        /**
         * Sets the first day of week buckets (default Monday, ISO).
         *
         * @param value e.g. {@link DayOfWeek#SUNDAY}
         * @return this builder
         */
        public Builder firstDayOfWeek(DayOfWeek value) {
            firstDayOfWeek = Objects.requireNonNull(value, "firstDayOfWeek");
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws IllegalStateException if currency, zone or window is missing
         * @throws IllegalArgumentException if more than one time dimension is chosen
         */
        public KpiReport build() {
            if (currency == null || zone == null || window == null) {
                throw new IllegalStateException("currency, zone and window are required: currency=" + currency
                        + ", zone=" + zone + ", window=" + window);
            }
            return new KpiReport(currency, zone, window, groupBy, firstDayOfWeek);
        }
    }
}
