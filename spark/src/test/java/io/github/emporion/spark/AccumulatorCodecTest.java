package io.github.emporion.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.emporion.aggregate.Accumulators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The codec law without Spark: encode, decode, merge in any split equals the single pass. */
class AccumulatorCodecTest {

    @Test
    void totalsCodec_randomSplitsEncodedAndMerged_equalSinglePass() {
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<BigDecimal> amounts = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                amounts.add(new BigDecimal(new BigInteger(1 + random.nextInt(100), random), random.nextInt(8) - 2)
                        .multiply(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1)));
            }
            Totals merged = new Totals();
            int start = 0;
            while (start < amounts.size()) {
                int end = start + 1 + random.nextInt(amounts.size() - start);
                Totals part = new Totals();
                amounts.subList(start, end).forEach(part::add);
                merged.merge(Totals.Codec.INSTANCE.fromBytes(Totals.Codec.INSTANCE.toBytes(part)));
                start = end;
            }
            Totals roundTripped = Totals.Codec.INSTANCE.fromBytes(Totals.Codec.INSTANCE.toBytes(merged));

            Totals.Result expected = Accumulators.reduce(Totals::new, amounts);
            // equals, not compareTo: the codec keeps the scale of the exact sum
            assertThat(roundTripped.result()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void pathCountsCodec_randomSplitsEncodedAndMerged_equalSinglePass() {
        List<String> channels = List.of("search", "e-mail", "soziale Medien", "広告", "");
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<PathRow> rows = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                List<String> path = new ArrayList<>();
                for (int j = random.nextInt(4); j > 0; j--) {
                    path.add(channels.get(random.nextInt(channels.size())));
                }
                rows.add(PathRow.of(path, random.nextBoolean()));
            }
            PathCounts merged = new PathCounts();
            int start = 0;
            while (start < rows.size()) {
                int end = start + 1 + random.nextInt(rows.size() - start);
                PathCounts part = new PathCounts();
                rows.subList(start, end).forEach(part::add);
                merged.merge(PathCounts.Codec.INSTANCE.fromBytes(PathCounts.Codec.INSTANCE.toBytes(part)));
                start = end;
            }

            assertThat(merged.result()).as("seed %d", seed).isEqualTo(Accumulators.reduce(PathCounts::new, rows));
        }
    }

    @Test
    void stateIo_values_roundTripExactly() throws IOException {
        List<BigDecimal> decimals = List.of(
                new BigDecimal("0"),
                new BigDecimal("1.10"),
                new BigDecimal("-0.001"),
                new BigDecimal("1E+5"),
                new BigDecimal("123456789012345678901234567890.123456789"));
        List<String> strings = List.of("", "email", "Zürich", "𝄞 music", "x".repeat(70_000));
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("z", new BigDecimal("2.500"));
        map.put("a", new BigDecimal("-1"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (BigDecimal decimal : decimals) {
                StateIo.writeBigDecimal(out, decimal);
            }
            for (String string : strings) {
                StateIo.writeString(out, string);
            }
            StateIo.writeStringMap(out, map, StateIo::writeBigDecimal);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (BigDecimal decimal : decimals) {
                assertThat(StateIo.readBigDecimal(in)).isEqualTo(decimal); // same scale too
            }
            for (String string : strings) {
                assertThat(StateIo.readString(in)).isEqualTo(string);
            }
            assertThat(StateIo.readStringMap(in, StateIo::readBigDecimal))
                    .containsExactly(Map.entry("z", new BigDecimal("2.500")), Map.entry("a", new BigDecimal("-1")));
            assertThat(in.available()).isZero();
        }
    }

    @Test
    void fromBytes_truncatedOrTrailingBytes_isRejected() {
        Totals totals = new Totals().add(new BigDecimal("12.34"));
        byte[] bytes = Totals.Codec.INSTANCE.toBytes(totals);

        assertThatThrownBy(() -> Totals.Codec.INSTANCE.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> Totals.Codec.INSTANCE.fromBytes(Arrays.copyOf(bytes, bytes.length + 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 of " + (bytes.length + 2) + " bytes were left over");
    }

    @Test
    void readStringMap_repeatedKey_isRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(2);
            StateIo.writeString(out, "k");
            out.writeLong(1);
            StateIo.writeString(out, "k");
            out.writeLong(2);
        }

        assertThatThrownBy(() -> StateIo.readStringMap(
                        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), in -> in.readLong()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("key 'k' repeats");
    }
}
