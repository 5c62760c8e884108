package io.github.emporion.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for {@link AccumulatorCodec}s: exact encodings of the field types accumulator states are
 * made of. Each {@code write} has a {@code read} that returns an equal value.
 *
 * <ul>
 *   <li>{@link BigDecimal}: scale as an {@code int}, then the unscaled value's two's-complement
 *       bytes (length-prefixed), so {@code 1.10} comes back as {@code 1.10}, not {@code 1.1};
 *   <li>{@link String}: length-prefixed UTF-8 (no 64 KiB limit as in {@link
 *       DataOutput#writeUTF(String)});
 *   <li>maps: a count, then key and value per entry in the map's iteration order; read back into a
 *       {@link LinkedHashMap} in the same order.
 * </ul>
 */
public final class StateIo {

    private StateIo() {}

    /**
     * Writes one map value.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface ValueWriter<V> {
        /**
         * Writes {@code value}.
         *
         * @param out where to write
         * @param value the value
         * @throws IOException if {@code out} fails
         */
        void write(DataOutput out, V value) throws IOException;
    }

    /**
     * Reads one map value.
     *
     * @param <V> the value type
     */
    @FunctionalInterface
    public interface ValueReader<V> {
        /**
         * Reads a value.
         *
         * @param in where to read
         * @return the value
         * @throws IOException if {@code in} fails
         */
        V read(DataInput in) throws IOException;
    }

    /**
     * Writes a {@link BigDecimal} exactly (scale and unscaled value).
     *
     * @param out where to write
     * @param value the value
     * @throws IOException if {@code out} fails
     */
    public static void writeBigDecimal(DataOutput out, BigDecimal value) throws IOException {
        out.writeInt(value.scale());
        byte[] unscaled = value.unscaledValue().toByteArray();
        out.writeInt(unscaled.length);
        out.write(unscaled);
    }

    /**
     * Reads a {@link BigDecimal} written by {@link #writeBigDecimal(DataOutput, BigDecimal)}.
     *
     * @param in where to read
     * @return the value, with its original scale
     * @throws IOException if {@code in} fails or the length is not positive
     */
    public static BigDecimal readBigDecimal(DataInput in) throws IOException {
        int scale = in.readInt();
        int length = in.readInt();
        if (length < 1) {
            throw new IOException("BigDecimal length must be >= 1, but was " + length);
        }
        byte[] unscaled = new byte[length];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    /**
     * Writes a string as length-prefixed UTF-8.
     *
     * @param out where to write
     * @param value the string
     * @throws IOException if {@code out} fails
     */
    public static void writeString(DataOutput out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * Reads a string written by {@link #writeString(DataOutput, String)}.
     *
     * @param in where to read
     * @return the string
     * @throws IOException if {@code in} fails or the length is negative
     */
    public static String readString(DataInput in) throws IOException {
        byte[] utf8 = new byte[readLength(in, "string")];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * Writes a map with string keys, in its iteration order (write a sorted map for a canonical
     * encoding).
     *
     * @param out where to write
     * @param map the map; no null keys or values
     * @param valueWriter writes one value
     * @param <V> the value type
     * @throws IOException if {@code out} fails
     */
    public static <V> void writeStringMap(DataOutput out, Map<String, V> map, ValueWriter<? super V> valueWriter)
            throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, V> entry : map.entrySet()) {
            writeString(out, entry.getKey());
            valueWriter.write(out, entry.getValue());
        }
    }

    /**
     * Reads a map written by {@link #writeStringMap(DataOutput, Map, ValueWriter)}.
     *
     * @param in where to read
     * @param valueReader reads one value
     * @param <V> the value type
     * @return a new mutable map in the written order
     * @throws IOException if {@code in} fails, the size is negative or a key repeats
     */
    public static <V> Map<String, V> readStringMap(DataInput in, ValueReader<? extends V> valueReader)
            throws IOException {
        int size = readLength(in, "map");
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            String key = readString(in);
            if (map.put(key, valueReader.read(in)) != null) {
                throw new IOException("map keys must be distinct, but key '" + key + "' repeats");
            }
        }
        return map;
    }

    private static int readLength(DataInput in, String what) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException(what + " length must be >= 0, but was " + length);
        }
        return length;
    }
}
