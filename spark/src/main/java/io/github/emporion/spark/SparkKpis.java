package io.github.emporion.spark;

import static org.apache.spark.sql.functions.col;

import io.github.emporion.aggregate.Accumulator;
import io.github.emporion.metrics.grouped.KpiBreakdown;
import io.github.emporion.metrics.grouped.MarketingFact;
import io.github.emporion.metrics.grouped.MarketingKpiAccumulator;
import io.github.emporion.metrics.grouped.MarketingSummary;
import io.github.emporion.metrics.grouped.MinorUnits;
import io.github.emporion.metrics.grouped.OrderFact;
import io.github.emporion.metrics.grouped.OrderKpiAccumulator;
import io.github.emporion.metrics.grouped.OrderSummary;
import io.github.emporion.metrics.grouped.SessionFact;
import io.github.emporion.metrics.grouped.SessionKpiAccumulator;
import io.github.emporion.metrics.grouped.SessionSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;

/**
 * The standard KPI set at scale: campaign performance, sessions and orders in DataFrames, grouped by
 * any key columns (channel, campaign, day, ...), through the metrics KPI accumulators ({@link
 * MarketingKpiAccumulator}, {@link SessionKpiAccumulator}, {@link OrderKpiAccumulator}); the result
 * is the same {@link KpiBreakdown} those give in process (per key and in total), so every KPI of
 * {@link MarketingSummary}, {@link SessionSummary} and {@link OrderSummary} (CTR, CPC, CPM, CPA,
 * ROAS, conversion / engagement / bounce rate, funnel, AOV, net sales, gross margin, refund and
 * return rates) comes with its documented formula and edge cases.
 *
 * <p><b>Keys.</b> A group's key is the list of its key columns' values as strings ({@code
 * List.of("search", "2026-03-01")} for {@code keys = [channel, day]}); a {@code null} key value fails
 * the job. Bucket timestamps into days in an explicit zone before, e.g. {@code
 * to_date(from_utc_timestamp(ts, 'Europe/Berlin'))} with a UTC session time zone.
 *
 * <p><b>Money.</b> Amount columns are decimals (or integers, or decimal strings) in the one currency
 * given; each must be a whole number of the currency's minor units, as {@link MinorUnits#of} requires
 * (a {@code double} column is rejected: cast it to a decimal first, knowingly).
 *
 * <p><b>How it runs.</b> Each partition fills one accumulator; its plain-data state (per key, a few
 * {@code long} counters: {@code state()}) is encoded and merged on the driver ({@code
 * mergeState}). Sums of counters are exact, so the result does not depend on partitioning. The
 * driver holds one state per partition, each as large as the number of keys in that partition.
 */
public final class SparkKpis {

    /** Marketing columns: impressions, clicks, conversions (integral), spend, revenue (amounts). */
    public static final List<String> MARKETING_COLUMNS =
            List.of("impressions", "clicks", "conversions", "spend", "revenue");
    /** Session columns (booleans): engaged, single_page, viewed_product, added_to_cart, ... */
    public static final List<String> SESSION_COLUMNS =
            List.of("engaged", "single_page", "viewed_product", "added_to_cart", "started_checkout", "purchased");
    /** Order columns: units, units_returned (integral), six amounts, refunded (boolean). */
    public static final List<String> ORDER_COLUMNS = List.of(
            "units", "units_returned", "gross", "discounts", "returns", "tax", "shipping", "cost_of_goods", "refunded");

    private SparkKpis() {}

    /**
     * Campaign-performance KPIs per key: one row per (campaign, day) or any finer grain, with the
     * columns {@link #MARKETING_COLUMNS}; see {@link MarketingFact} for the rules (clicks at most
     * impressions, no negative counts).
     *
     * @param performance the rows
     * @param keys the key columns, at least one
     * @param currencyCode the currency of {@code spend} and {@code revenue}
     * @return the breakdown, equal to {@link MarketingKpiAccumulator} over the same facts
     */
    public static KpiBreakdown<List<String>, MarketingSummary> marketing(
            Dataset<Row> performance, List<String> keys, String currencyCode) {
        String code = Objects.requireNonNull(currencyCode, "currencyCode");
        Monetary.getCurrency(code);
        List<String> keyColumns = List.copyOf(keys);
        int k = keyColumns.size();
        return run(
                performance,
                keyColumns,
                MARKETING_COLUMNS,
                () -> MarketingKpiAccumulator.<List<String>>of(code),
                row -> {
                    CurrencyUnit currency = Monetary.getCurrency(code);
                    return new MarketingFact<>(
                            key(row, keyColumns),
                            integral(row, k, "impressions"),
                            integral(row, k + 1, "clicks"),
                            integral(row, k + 2, "conversions"),
                            currency,
                            minor(row, k + 3, "spend", currency),
                            minor(row, k + 4, "revenue", currency));
                },
                acc -> acc.state(),
                (acc, state) -> acc.mergeState(state));
    }

    /**
     * Session KPIs per key: one row per session with the boolean columns {@link #SESSION_COLUMNS}.
     *
     * @param sessions the rows
     * @param keys the key columns, at least one
     * @return the breakdown, equal to {@link SessionKpiAccumulator} over the same facts
     */
    public static KpiBreakdown<List<String>, SessionSummary> sessions(Dataset<Row> sessions, List<String> keys) {
        List<String> keyColumns = List.copyOf(keys);
        int k = keyColumns.size();
        return run(
                sessions,
                keyColumns,
                SESSION_COLUMNS,
                SessionKpiAccumulator<List<String>>::new,
                row -> new SessionFact<>(
                        key(row, keyColumns),
                        flag(row, k, "engaged"),
                        flag(row, k + 1, "single_page"),
                        flag(row, k + 2, "viewed_product"),
                        flag(row, k + 3, "added_to_cart"),
                        flag(row, k + 4, "started_checkout"),
                        flag(row, k + 5, "purchased")),
                acc -> acc.state(),
                (acc, state) -> acc.mergeState(state));
    }

    /**
     * Order KPIs per key: one row per order with the columns {@link #ORDER_COLUMNS}; see {@link
     * OrderFact} for the rules.
     *
     * @param orders the rows
     * @param keys the key columns, at least one
     * @param currencyCode the currency of the amounts
     * @return the breakdown, equal to {@link OrderKpiAccumulator} over the same facts
     */
    public static KpiBreakdown<List<String>, OrderSummary> orders(
            Dataset<Row> orders, List<String> keys, String currencyCode) {
        String code = Objects.requireNonNull(currencyCode, "currencyCode");
        Monetary.getCurrency(code);
        List<String> keyColumns = List.copyOf(keys);
        int k = keyColumns.size();
        return run(
                orders,
                keyColumns,
                ORDER_COLUMNS,
                () -> OrderKpiAccumulator.<List<String>>of(code),
                row -> {
                    CurrencyUnit currency = Monetary.getCurrency(code);
                    return new OrderFact<>(
                            key(row, keyColumns),
                            currency,
                            integral(row, k, "units"),
                            integral(row, k + 1, "units_returned"),
                            minor(row, k + 2, "gross", currency),
                            minor(row, k + 3, "discounts", currency),
                            minor(row, k + 4, "returns", currency),
                            minor(row, k + 5, "tax", currency),
                            minor(row, k + 6, "shipping", currency),
                            minor(row, k + 7, "cost_of_goods", currency),
                            flag(row, k + 8, "refunded"));
                },
                acc -> acc.state(),
                (acc, state) -> acc.mergeState(state));
    }

    /** The input schema of {@code emporion_session_kpis}: the six booleans of {@link #SESSION_COLUMNS}. */
    public static final StructType SESSION_FUNCTION_INPUT = sessionInput();

    private static StructType sessionInput() {
        StructType schema = new StructType();
        for (String column : SESSION_COLUMNS) {
            schema = schema.add(column, DataTypes.BooleanType, false);
        }
        return schema;
    }

    /**
     * Session KPIs as a Spark aggregate over {@link #SESSION_FUNCTION_INPUT} rows, for {@code GROUP
     * BY} queries and SQL: Spark does the grouping, each group's {@link SessionKpiAccumulator} gives
     * its total summary. Registered by {@link EmporionSpark#registerAll} as {@code
     * emporion_session_kpis(engaged, single_page, viewed_product, added_to_cart, started_checkout,
     * purchased)}.
     *
     * @return the aggregator; its output is a {@link SessionKpiRow}
     */
    public static AccumulatorAggregator<Row, SessionSummary, SessionRows, SessionKpiRow> sessionAggregator() {
        return AccumulatorAggregator.of(
                SessionRows::new, SessionRowsCodec.INSTANCE, SessionKpiRow::of, Encoders.bean(SessionKpiRow.class));
    }

    /** A {@link SessionKpiAccumulator} over rows of six booleans, one group; see {@link #sessionAggregator()}. */
    public static final class SessionRows implements Accumulator<Row, SessionSummary, SessionRows> {

        private final SessionKpiAccumulator<List<String>> inner = new SessionKpiAccumulator<>();

        /** Creates an empty accumulator. */
        public SessionRows() {}

        /**
         * Adds one session.
         *
         * @param row the six booleans in the order of {@link #SESSION_COLUMNS}
         * @return this accumulator
         */
        @Override
        public SessionRows add(Row row) {
            inner.add(new SessionFact<>(
                    List.of(),
                    flag(row, 0, "engaged"),
                    flag(row, 1, "single_page"),
                    flag(row, 2, "viewed_product"),
                    flag(row, 3, "added_to_cart"),
                    flag(row, 4, "started_checkout"),
                    flag(row, 5, "purchased")));
            return this;
        }

        /**
         * Merges another accumulator.
         *
         * @param other the other accumulator
         * @return this accumulator
         */
        @Override
        public SessionRows merge(SessionRows other) {
            inner.merge(other.inner);
            return this;
        }

        /**
         * Returns the summary of all sessions added.
         *
         * @return the summary
         */
        @Override
        public SessionSummary result() {
            return inner.result().total();
        }
    }

    private enum SessionRowsCodec implements AccumulatorCodec<SessionRows> {
        INSTANCE;

        @Override
        public void write(SessionRows accumulator, DataOutput out) throws IOException {
            out.write(encode(accumulator.inner.state()));
        }

        @Override
        public SessionRows read(DataInput in) throws IOException {
            SessionRows rows = new SessionRows();
            rows.inner.mergeState(decode(in));
            return rows;
        }
    }

    /** Makes an empty accumulator on an executor. */
    @FunctionalInterface
    interface Zero<A> extends Serializable {
        A get();
    }

    /** Reads one fact from a row of (keys..., columns...). */
    @FunctionalInterface
    interface ToFact<F> extends Serializable {
        F apply(Row row);
    }

    /** Reads an accumulator's state. */
    @FunctionalInterface
    interface State<A> extends Serializable {
        Map<List<String>, long[]> of(A accumulator);
    }

    /** Adds a state to an accumulator. */
    @FunctionalInterface
    interface MergeState<A> extends Serializable {
        A merge(A accumulator, Map<List<String>, long[]> state);
    }

    private static <F, S, A extends Accumulator<F, KpiBreakdown<List<String>, S>, A>> KpiBreakdown<List<String>, S> run(
            Dataset<Row> data,
            List<String> keys,
            List<String> columns,
            Zero<A> zero,
            ToFact<F> toFact,
            State<A> state,
            MergeState<A> mergeState) {
        Objects.requireNonNull(data, "data");
        if (Objects.requireNonNull(keys, "keys").isEmpty()) {
            throw new IllegalArgumentException("keys must name at least one column");
        }
        List<String> present = Arrays.asList(data.columns());
        List<String> needed = Stream.concat(keys.stream(), columns.stream()).toList();
        for (String column : needed) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException("data must have a column '" + column + "', but has only " + present);
            }
        }
        FlatMapFunction<java.util.Iterator<Row>, byte[]> partial = rows -> {
            A acc = zero.get();
            while (rows.hasNext()) {
                acc.add(toFact.apply(rows.next()));
            }
            return List.of(encode(state.of(acc))).iterator();
        };
        List<byte[]> parts = data.select(needed.stream().map(c -> col(c)).toArray(Column[]::new))
                .javaRDD()
                .mapPartitions(partial)
                .collect();
        A total = zero.get();
        for (byte[] part : parts) {
            total = mergeState.merge(total, decode(part));
        }
        return total.result();
    }

    static byte[] encode(Map<List<String>, long[]> state) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(state.size());
        for (Map.Entry<List<String>, long[]> e : state.entrySet()) {
            out.writeInt(e.getKey().size());
            for (String part : e.getKey()) {
                StateIo.writeString(out, part);
            }
            out.writeInt(e.getValue().length);
            for (long counter : e.getValue()) {
                out.writeLong(counter);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    static Map<List<String>, long[]> decode(byte[] bytes) {
        try {
            return decode(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a partial KPI state", e);
        }
    }

    static Map<List<String>, long[]> decode(DataInput in) throws IOException {
        int size = in.readInt();
        Map<List<String>, long[]> state = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            int parts = in.readInt();
            List<String> key = new ArrayList<>(parts);
            for (int j = 0; j < parts; j++) {
                key.add(StateIo.readString(in));
            }
            int length = in.readInt();
            if (length < 0) {
                throw new IOException("counter count must be >= 0, but was " + length);
            }
            long[] counters = new long[length];
            for (int j = 0; j < counters.length; j++) {
                counters[j] = in.readLong();
            }
            state.put(List.copyOf(key), counters);
        }
        return state;
    }

    private static List<String> key(Row row, List<String> keys) {
        String[] key = new String[keys.size()];
        for (int i = 0; i < key.length; i++) {
            Object value = row.get(i);
            if (value == null) {
                throw new IllegalArgumentException(
                        "key column " + keys.get(i) + " must not be null, but a row had null: " + row);
            }
            key[i] = value.toString();
        }
        return List.of(key);
    }

    private static Object field(Row row, int index, String column) {
        Object value = row.get(index);
        if (value == null) {
            throw new IllegalArgumentException(column + " must not be null, but a row had null: " + row);
        }
        return value;
    }

    private static long integral(Row row, int index, String column) {
        Object value = field(row, index, column);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(column + " must be a whole number, but was " + decimal, e);
            }
        }
        throw new IllegalArgumentException(column + " must be an integral number, but was "
                + value.getClass().getSimpleName() + " " + value);
    }

    private static boolean flag(Row row, int index, String column) {
        Object value = field(row, index, column);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(
                column + " must be a boolean, but was " + value.getClass().getSimpleName() + " " + value);
    }

    private static long minor(Row row, int index, String column, CurrencyUnit currency) {
        Object value = field(row, index, column);
        BigDecimal amount;
        if (value instanceof BigDecimal decimal) {
            amount = decimal;
        } else if (value instanceof Long || value instanceof Integer) {
            amount = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof String text) {
            try {
                amount = new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " must be a decimal amount, but was '" + text + "'", e);
            }
        } else {
            throw new IllegalArgumentException(column + " must be a decimal amount (cast a double column to a "
                    + "decimal first), but was " + value.getClass().getSimpleName() + " " + value);
        }
        return MinorUnits.of(column, Money.of(amount, currency));
    }
}
