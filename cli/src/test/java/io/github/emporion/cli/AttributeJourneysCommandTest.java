package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attribute --journeys}: three journeys worked by hand.
 *
 * <pre>
 * j1 email (3.5 days before) > direct (at conversion), value 10
 * j2 direct, converted 14 days later, value 20
 * j3 email, no conversion
 * time decay, exponential, half-life 7 d: j1 weights 2^-0.5 and 1 → email √2−1 = 0.414213562,
 *   direct 2−√2 = 0.585786438; stepped 0.5^⌊Δt/7d⌋: 1 and 1 → 0.5 / 0.5
 * last_non_direct: j1 → email; j2 all-direct → direct
 * </pre>
 */
class AttributeJourneysCommandTest {

    private static final String JOURNEYS = """
            # three journeys worked by hand
            journey_id,path,touch_times,converted,conversion_time,value
            j1,email > direct,2026-01-04T12:00:00Z|2026-01-08T00:00:00Z,1,2026-01-08T00:00:00Z,10.00
            j2,direct,2026-01-01T00:00:00Z,1,2026-01-15T00:00:00Z,20.00
            j3,email,2026-01-02T00:00:00Z,0,,
            """;

    private static Map<String, double[]> parse(String csv) {
        Map<String, double[]> rows = new HashMap<>();
        for (String line : csv.split("\n")) {
            if (line.isBlank() || line.startsWith("channel,")) {
                continue;
            }
            String[] f = line.split(",");
            rows.put(f[1] + "/" + f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        return rows;
    }

    @Test
    void journeys_defaultModels_matchHandComputedCredits(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("j.csv"), JOURNEYS);
        CliRunner.Run r = run("attribute", "--journeys", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, double[]> rows = parse(r.out());
        assertThat(rows.get("time_decay/email")[0]).isCloseTo(Math.sqrt(2) - 1, within(1e-9));
        assertThat(rows.get("time_decay/direct")[0]).isCloseTo(1 + 2 - Math.sqrt(2), within(1e-9));
        assertThat(rows.get("time_decay/email")[1]).isCloseTo(10 * (Math.sqrt(2) - 1), within(1e-9));
        assertThat(rows.get("first/email")[0]).isEqualTo(1.0);
        assertThat(rows.get("last/direct")[0]).isEqualTo(2.0);
        assertThat(rows.get("last_non_direct/email")[0]).isEqualTo(1.0);
        assertThat(rows.get("last_non_direct/direct")[0]).isEqualTo(1.0);
        assertThat(rows.get("linear/email")[1]).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void journeys_steppedDecay_splitsEvenlyWithinAWeek(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("j.csv"), JOURNEYS);
        CliRunner.Run r =
                run("attribute", "--journeys", file.toString(), "--models", "time_decay", "--time-decay", "stepped");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, double[]> rows = parse(r.out());
        assertThat(rows.get("time_decay/email")[0]).isCloseTo(0.5, within(1e-12));
        assertThat(rows.get("time_decay/direct")[0]).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void journeys_touchAfterConversion_exitsOneNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.csv"),
                "journey_id,path,touch_times,converted,conversion_time,value\n"
                        + "j1,email,2026-01-09T00:00:00Z,1,2026-01-08T00:00:00Z,10.00\n");
        CliRunner.Run r = run("attribute", "--journeys", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv").contains("line 2").contains("after the conversion");
    }

    @Test
    void badOptions_areUsageErrors(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("j.csv"), JOURNEYS);
        assertThat(run("attribute", "--journeys", file.toString(), "--time-decay", "linear")
                        .exit())
                .isEqualTo(2);
        assertThat(run("attribute").exit()).isEqualTo(2);
        assertThat(run("attribute", "--input", file.toString(), "--journeys", file.toString())
                        .exit())
                .isEqualTo(2);
        CliRunner.Run timeDecayOnPaths = run("attribute", "--input", file.toString(), "--models", "time_decay");
        assertThat(timeDecayOnPaths.exit()).isEqualTo(2);
        assertThat(timeDecayOnPaths.err()).contains("--journeys");
    }
}
