package io.github.emporion.spark;

import io.github.emporion.aggregate.Accumulator;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** Test accumulator: the count and exact sum of amounts. */
final class Totals implements Accumulator<BigDecimal, Totals.Result, Totals> {

    /** The result: how many amounts and their exact sum. */
    record Result(long count, BigDecimal sum) {}

    private long count;
    private BigDecimal sum = BigDecimal.ZERO;

    @Override
    public Totals add(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        count++;
        sum = sum.add(amount);
        return this;
    }

    @Override
    public Totals merge(Totals other) {
        count += other.count;
        sum = sum.add(other.sum);
        return this;
    }

    @Override
    public Result result() {
        return new Result(count, sum);
    }

    /** The codec: count, then the exact sum; counts its encodings. */
    enum Codec implements AccumulatorCodec<Totals> {
        INSTANCE;

        final AtomicLong writes = new AtomicLong();

        @Override
        public void write(Totals totals, DataOutput out) throws IOException {
            writes.incrementAndGet();
            out.writeLong(totals.count);
            StateIo.writeBigDecimal(out, totals.sum);
        }

        @Override
        public Totals read(DataInput in) throws IOException {
            Totals totals = new Totals();
            totals.count = in.readLong();
            totals.sum = StateIo.readBigDecimal(in);
            return totals;
        }
    }

    /** Spark output bean for a result. */
    public static final class Bean {
        private long count;
        private BigDecimal sum = BigDecimal.ZERO;

        public Bean() {}

        static Bean of(Result result) {
            Bean bean = new Bean();
            bean.count = result.count();
            bean.sum = result.sum();
            return bean;
        }

        public long getCount() {
            return count;
        }

        public void setCount(long count) {
            this.count = count;
        }

        public BigDecimal getSum() {
            return sum;
        }

        public void setSum(BigDecimal sum) {
            this.sum = sum;
        }
    }
}
