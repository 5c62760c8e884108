package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathCsvReaderTest {

    private static List<ChannelPath> read(String csv, PathCsvFormat format) {
        return PathCsvReader.stream(new StringReader(csv), format).toList();
    }

    @Test
    void stream_tinyExample_readsThreeRows() {
        List<ChannelPath> rows = Ref.paths("tiny_example.csv");
        assertThat(rows)
                .containsExactly(
                        ChannelPath.of(2, 20, 1, "A", "B"), ChannelPath.of(1, 5, 2, "B"), ChannelPath.of(0, 0, 3, "A"));
    }

    @Test
    void stream_spacesAndEmptyNames_trimmedAndDropped() {
        String csv =
                "path,total_conversions,total_conversion_value,total_null\n" + " A >  > paid search > B ,1.5,10,0\n";
        ChannelPath p = read(csv, PathCsvFormat.channelAttribution()).get(0);
        assertThat(p.channels()).containsExactly("A", "paid search", "B");
        assertThat(p.conversions()).isEqualTo(1.5);
    }

    @Test
    void stream_customLayout_quotedFieldsAndSemicolons() {
        String csv = "# a comment\n\nconv;route;nulls\n2;\"x | \"\"y\"\" | z\";4\n";
        PathCsvFormat format = PathCsvFormat.channelAttribution()
                .withColumns("route", "conv", Optional.empty(), Optional.of("nulls"))
                .withDelimiter(';')
                .withChannelSeparator('|');
        ChannelPath p = read(csv, format).get(0);
        assertThat(p.channels()).containsExactly("x", "\"y\"", "z");
        assertThat(p.nonConversions()).isEqualTo(4);
        assertThat(p.value()).isZero();
    }

    @Test
    void stream_noValueNoNullColumns_readsZeros() {
        String csv = "path,total_conversions\nA>B,3\n";
        ChannelPath p = read(
                        csv, PathCsvFormat.channelAttribution().withoutValue().withoutNulls())
                .get(0);
        assertThat(p).isEqualTo(ChannelPath.of(3, 0, 0, "A", "B"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                ">  >,1,0,0 | 3 | empty path",
                "A,-1,0,0 | 3 | total_conversions",
                "A,x,0,0 | 3 | not a number",
                "A,1,0,NaN | 3 | total_null",
                "A,1,0 | 3 | expected 4 fields",
                "A,1,inf,0 | 3 | total_conversion_value"
            })
    void stream_badLine_errorNamesLineNumber(String line, long lineNumber, String message) {
        String csv = "# comment\npath,total_conversions,total_conversion_value,total_null\n" + line + "\n";
        assertThatThrownBy(() -> read(csv, PathCsvFormat.channelAttribution()))
                .isInstanceOf(PathCsvException.class)
                .hasMessageStartingWith("line " + lineNumber + ":")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((PathCsvException) e).lineNumber()).isEqualTo(lineNumber));
    }

    @Test
    void open_missingColumn_errorNamesHeaderLineAndColumn() {
        String csv = "# comment\npath,total_conversions,total_conversion_value\nA,1,1\n";
        assertThatThrownBy(() -> read(csv, PathCsvFormat.channelAttribution()))
                .isInstanceOf(PathCsvException.class)
                .hasMessageStartingWith("line 2:")
                .hasMessageContaining("'total_null'");
    }

    @Test
    void open_emptyInput_rejected() {
        assertThatThrownBy(() -> read("# only a comment\n", PathCsvFormat.channelAttribution()))
                .isInstanceOf(PathCsvException.class)
                .hasMessageContaining("no header");
    }

    @Test
    void stream_generated3k_readsAllRowsLazily() {
        PathCsvReader reader = PathCsvReader.open(Ref.resource("generated_3k.csv"), PathCsvFormat.channelAttribution());
        assertThat(reader.next().channels())
                .containsExactly("display", "direct", "paid_search", "referral", "paid_search", "email");
        int n = 1;
        double conversions = 0;
        while (reader.hasNext()) {
            conversions += reader.next().conversions();
            n++;
        }
        assertThat(n).isEqualTo(3000);
        assertThat(conversions).isEqualTo(1120);
    }

    @Test
    void channelPath_invalid_rejectedWithArgumentName() {
        assertThatThrownBy(() -> ChannelPath.of(-1, 0, 0, "A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversions");
        assertThatThrownBy(() -> ChannelPath.of(1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channels");
        assertThatThrownBy(() -> ChannelPath.of(1, 0, 0, " A"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("' A'");
        assertThatThrownBy(() -> ChannelPath.parse(" > ", '>', 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no channel");
    }

    @Test
    void channelPath_valueWithoutConversions_ignored() {
        assertThat(ChannelPath.of(0, 12, 1, "A").effectiveValue()).isZero();
    }

    @Test
    void parseDecimal_randomDecimals_sameDoubleAsParseDouble() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            String s;
            switch (i % 4) {
                case 0 -> s = Long.toString(rnd.nextLong(0, 1L << 53));
                case 1 -> s = rnd.nextLong(0, 10_000_000_000L) + "." + String.format("%02d", rnd.nextInt(100));
                case 2 -> s = "-" + rnd.nextLong(0, 1_000_000_000_000L) + "." + rnd.nextLong(0, 1_000_000L);
                default -> s = rnd.nextInt(1000) + "." + Long.toString(rnd.nextLong(0, 999_999_999_999_999L));
            }
            assertThat(PathCsvReader.parseDecimal(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        assertThat(PathCsvReader.parseDecimal("1e3")).isEqualTo(1000.0);
        assertThat(PathCsvReader.parseDecimal("12345678901234567890.5")).isEqualTo(12345678901234567890.5);
    }
}
