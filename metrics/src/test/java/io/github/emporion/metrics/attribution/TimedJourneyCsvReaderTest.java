package io.github.emporion.metrics.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimedJourneyCsvReaderTest {

    private static final String HEADER = "journey_id,path,touch_times,converted,conversion_time,value\n";

    private static List<TimedJourney> read(String text) {
        return TimedJourneyCsvReader.stream(new StringReader(text), "in.csv").toList();
    }

    @Test
    void stream_referenceFile_matchesDocumentedTotals() {
        // shared README: 5,000 journeys, 876 conversions, Σvalue 42,035.85, 14,931 touches, 8 channels
        List<TimedJourney> all = TimedJourneyCsvReader.stream(
                        Ref.resource("timed_journeys_5k.csv.gz"), "timed_journeys_5k.csv")
                .toList();
        assertThat(all).hasSize(5000);
        assertThat(all.stream().filter(TimedJourney::converted).count()).isEqualTo(876);
        assertThat(all.stream().mapToDouble(TimedJourney::value).sum()).isCloseTo(42_035.85, within(1e-6));
        assertThat(all.stream().mapToInt(j -> j.channels().size()).sum()).isEqualTo(14_931);
        assertThat(all.stream().flatMap(j -> j.channels().stream()).distinct()).hasSize(8);
        assertThat(all.get(0).id()).isPresent();
    }

    @Test
    void stream_validLines_parsesEveryField() {
        List<TimedJourney> js = read("# a comment\n" + HEADER
                + "j1, email > paid search ,2026-01-03T09:34:00Z|2026-01-05T10:00:00Z,1,2026-01-05T10:30:00Z,42.50\n"
                + "\n"
                + "j2,display,2026-01-04T08:00:00Z,0,,0.00\n");
        assertThat(js).hasSize(2);
        TimedJourney j = js.get(0);
        assertThat(j.channels()).containsExactly("email", "paid search");
        assertThat(j.touchTimes())
                .containsExactly(Instant.parse("2026-01-03T09:34:00Z"), Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(j.conversionTime()).contains(Instant.parse("2026-01-05T10:30:00Z"));
        assertThat(j.value()).isEqualTo(42.5);
        assertThat(j.id()).contains("j1");
        assertThat(js.get(1).converted()).isFalse();
    }

    @Test
    void stream_quotedFieldsAndOtherColumnOrder_accepted() {
        List<TimedJourney> js = read("converted,path,touch_times,conversion_time\n"
                + "1,\"a, b > \"\"c\"\"\",2026-01-03T09:34:00Z|2026-01-03T09:35:00Z,2026-01-03T09:36:00Z\n");
        assertThat(js.get(0).channels()).containsExactly("a, b", "\"c\"");
        assertThat(js.get(0).value()).isZero();
        assertThat(js.get(0).id()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "times not increasing; j,a > b,2026-01-03T10:00:00Z|2026-01-03T10:00:00Z,0,,0; strictly increasing",
                "times decreasing; j,a > b,2026-01-03T10:00:00Z|2026-01-03T09:00:00Z,0,,0; strictly increasing",
                "touch after conversion; j,a,2026-01-03T10:00:00Z,1,2026-01-03T09:00:00Z,5; after the conversion",
                "converted without time; j,a,2026-01-03T10:00:00Z,1,,5; without conversion_time",
                "value on non-converting; j,a,2026-01-03T10:00:00Z,0,,5.00; non-converting journey",
                "fewer times than touches; j,a > b,2026-01-03T10:00:00Z,0,,0; 2 touches but touch_times has 1",
                "more times than touches; j,a,2026-01-03T10:00:00Z|2026-01-03T11:00:00Z,0,,0; 1 touches but",
                "bad instant; j,a,yesterday,0,,0; ISO-8601",
                "bad converted flag; j,a,2026-01-03T10:00:00Z,yes,,0; converted must be 1 or 0",
                "negative value; j,a,2026-01-03T10:00:00Z,1,2026-01-03T11:00:00Z,-1; >= 0",
                "empty path; j, > ,2026-01-03T10:00:00Z,0,,0; path",
                "conversion time on non-converting; j,a,2026-01-03T10:00:00Z,0,2026-01-03T11:00:00Z,0; non-converting",
                "missing field; j,a,2026-01-03T10:00:00Z,0,; expected 6 fields",
            })
    void stream_invalidLine_rejectedWithFileAndLine(String what, String line, String message) {
        String text = "# comment\n" + HEADER + "ok,a,2026-01-01T00:00:00Z,0,,0\n" + line + "\n";
        assertThatThrownBy(() -> read(text))
                .as(what)
                .isInstanceOf(PathCsvException.class)
                .hasMessageStartingWith("in.csv, line 4: ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((PathCsvException) e).lineNumber()).isEqualTo(4));
    }

    @Test
    void open_missingColumn_rejectedWithLine() {
        assertThatThrownBy(() -> read("journey_id,path,converted,conversion_time\n"))
                .isInstanceOf(PathCsvException.class)
                .hasMessageContaining("in.csv, line 1")
                .hasMessageContaining("touch_times");
    }

    @Test
    void stream_file_namesFileInErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("journeys.csv");
        Files.writeString(f, HEADER + "j,a,2026-01-03T10:00:00Z,1,,5\n");
        assertThatThrownBy(() -> {
                    try (Stream<TimedJourney> s = TimedJourneyCsvReader.stream(f)) {
                        s.toList();
                    }
                })
                .hasMessageStartingWith(f + ", line 2: ");
        assertThatThrownBy(() -> Attribution.runJourneys(AttributionOptions.defaults(), f))
                .isInstanceOf(PathCsvException.class)
                .hasMessageStartingWith(f + ", line 2: ");
    }

    @Test
    void runJourneys_file_equalsInMemoryRun(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("j.csv");
        Files.writeString(
                f,
                HEADER + "1,a > b,2026-01-01T00:00:00Z|2026-01-08T00:00:00Z,1,2026-01-08T00:00:00Z,30\n"
                        + "2,b,2026-01-02T00:00:00Z,0,,0\n");
        AttributionRun fromFile = Attribution.runJourneys(AttributionOptions.defaults(), f);
        AttributionRun inMemory = Attribution.runJourneys(AttributionOptions.defaults(), read(Files.readString(f)));
        assertThat(fromFile.results()).isEqualTo(inMemory.results());
        // time decay, 7 days between the touches: weights 1/3, 2/3
        assertThat(fromFile.result("time_decay").byChannel().get("a").conversions())
                .isCloseTo(1.0 / 3, within(1e-15));
    }
}
