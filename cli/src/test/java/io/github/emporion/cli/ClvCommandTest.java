package io.github.emporion.cli;

import static io.github.emporion.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTest {

    private static final String HEADER =
            "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_avg_spend,clv";

    private static String resource(String name) {
        try {
            return Path.of(ClvCommandTest.class.getResource("/clv/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double param(String err, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=(-?[0-9.]+)").matcher(err);
        assertThat(m.find()).as("%s in %s", name, err).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void clv_summary_csvWithHeaderAndModelIdentitiesHold() {
        CliRunner.Run run = run("clv", "--summary", resource("cdnow_summary_first500.csv"));

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(501);
        assertThat(run.err()).contains("BG/NBD (weeks, 500 customers)", "log-likelihood=", "Gamma-Gamma (");
        // stderr is not a terminal here: no progress bar, only the two fit lines
        assertThat(run.err()).hasLineCount(2);
        double p = param(run.err(), "p");
        double q = param(run.err(), "q");
        double gamma = param(run.err(), "gamma");
        for (String line : lines.subList(1, lines.size())) {
            double[] f = Arrays.stream(line.split(","))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            int x = (int) f[1];
            double zbar = f[4];
            if (x == 0) {
                // BG/NBD: nobody drops out before a repeat purchase; Gamma-Gamma: the population mean
                assertThat(f[5]).as(line).isEqualTo(1.0);
                assertThat(f[7]).as(line).isCloseTo(p * gamma / (q - 1), within(1e-3));
            } else {
                // E[M | x, zbar] = (q - 1) / (p x + q - 1) · p γ / (q - 1) + p x / (p x + q - 1) · zbar
                double expected = (p * gamma + p * x * zbar) / (p * x + q - 1);
                assertThat(f[7]).as(line).isCloseTo(expected, within(1e-3 * Math.max(1, expected)));
                assertThat(f[5]).as(line).isBetween(0.0, 1.0);
            }
            assertThat(f[8]).as(line).isGreaterThanOrEqualTo(0);
        }
        // CDNOW customer 1: x = 2, t_x = 30.43, T = 38.86, zbar = 22.35, as in the input
        assertThat(lines.get(1)).startsWith("1,2,30.43,38.86,22.35,");
    }

    @Test
    void clv_transactions_summarisesByHandAndFits() {
        CliRunner.Run run = run(
                "clv",
                "--transactions",
                resource("cdnow_transactions_first500.csv"),
                "--unit",
                "weeks",
                "--calibration-end",
                "1997-09-30");

        assertThat(run.exit()).as(run.err()).isZero();
        String customer1 =
                run.out().lines().filter(l -> l.startsWith("1,")).findFirst().orElseThrow();
        double[] f = Arrays.stream(customer1.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        // purchases 1997-01-01, 01-18, 08-02 (12-12 is after the calibration end): x = 2 repeats,
        // t_x = 213 days / 7, T = 272 days / 7 (1997-01-01 .. 1997-09-30), zbar = (29.73 + 14.96) / 2
        assertThat(f[1]).isEqualTo(2);
        assertThat(f[2]).isCloseTo(213 / 7.0, within(1e-9));
        assertThat(f[3]).isCloseTo(272 / 7.0, within(1e-9));
        assertThat(f[4]).isCloseTo(22.345, within(1e-9));
    }

    @Test
    void clv_missingColumn_badDataNamingFileAndOption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.csv"), "id,freq\n1,2\n");
        CliRunner.Run run = run("clv", "--summary", file.toString());
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err())
                .contains("s.csv: no column x or frequency", "--frequency-column")
                .hasLineCount(1);
    }

    @Test
    void clv_badNumber_badDataNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.csv"), "ID,x,t_x,T,zbar\n1,2,30,39,10\n2,two,1,39,0\n");
        CliRunner.Run run = run("clv", "--summary", file.toString());
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err()).contains("s.csv line 3", "'x'", "'two'");
    }

    @Test
    void clv_badDate_badDataNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), "customer_id,date,amount\na,1997-13-01,10\n");
        CliRunner.Run run = run("clv", "--transactions", file.toString());
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err()).contains("t.csv line 2", "'date'");
    }

    @Test
    void clv_noInput_usageError() {
        assertThat(run("clv").exit()).isEqualTo(EmporionCli.EXIT_USAGE);
    }

    @Test
    void clv_missingFile_badData() {
        CliRunner.Run run = run("clv", "--summary", "does-not-exist.csv");
        assertThat(run.exit()).isEqualTo(EmporionCli.EXIT_BAD_DATA);
        assertThat(run.err()).contains("does-not-exist.csv: no such file");
    }

    @Test
    void clv_help_showsExamples() {
        CliRunner.Run run = run("clv", "--help");
        assertThat(run.out()).contains("Examples:", "--summary", "--transactions", "--horizon", "--clv-months");
    }
}
