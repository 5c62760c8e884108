package io.github.emporion.benchmarks.clv;

import io.github.emporion.metrics.clv.BgNbdFit;
import io.github.emporion.metrics.clv.BgNbdFitter;
import io.github.emporion.metrics.clv.ClvTimeUnit;
import io.github.emporion.metrics.clv.CustomerSummaries;
import io.github.emporion.metrics.clv.CustomerSummary;
import io.github.emporion.metrics.clv.GammaGammaFit;
import io.github.emporion.metrics.clv.GammaGammaFitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipparchus.random.RandomDataGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to fit BG/NBD and Gamma-Gamma on 2,357 customers (the size of the CDNOW sample; target:
 * under one second per BG/NBD fit after warm-up).
 *
 * <p>By default the customers are simulated from the BG/NBD process at the published CDNOW
 * parameters (r = 0.243, α = 4.414, a = 0.793, b = 2.426, weeks; ages uniform in 27–39 weeks;
 * spend per purchase Gamma(6.25, ν) with ν ~ Gamma(3.74, 15.44)), seed 2357. To time the real CDNOW
 * summary, pass the path of a file with the columns {@code ID,frequency,recency,T[,monetary_value]}
 * such as the shared {@code cdnow_customers_summary.csv}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BgNbdFit -p data=../shared/reference/clv/data/cdnow_customers_summary.csv
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BgNbdFitBenchmark {

    /** {@code synthetic}, or the path of a summary CSV. */
    @Param("synthetic")
    public String data;

    private CustomerSummaries customers;

    /**
     * Loads or simulates the customers.
     *
     * @throws IOException if the summary file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        customers = "synthetic".equals(data) ? simulate(2357, 2357L) : read(Path.of(data));
    }

    /**
     * Fits BG/NBD.
     *
     * @return the fit
     */
    @Benchmark
    public BgNbdFit fitBgNbd() {
        return BgNbdFitter.fit(customers);
    }

    /**
     * Fits Gamma-Gamma (synthetic data only carry spend; a file without a monetary column gives
     * no repeat spend and fails).
     *
     * @return the fit
     */
    @Benchmark
    public GammaGammaFit fitGammaGamma() {
        return GammaGammaFitter.fit(customers);
    }

    static CustomerSummaries simulate(int n, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<CustomerSummary> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double age = 27 + 12 * random.nextDouble();
            double lambda = random.nextGamma(0.243, 1 / 4.414);
            double dropout = random.nextBeta(0.793, 2.426);
            double nu = random.nextGamma(3.74, 1 / 15.44);
            double t = 0;
            double last = 0;
            int x = 0;
            double spend = 0;
            while (true) {
                t += random.nextExponential(1 / lambda);
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                spend += random.nextGamma(6.25, 1 / nu);
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            list.add(CustomerSummary.of("c" + i, ClvTimeUnit.WEEKS, x, last, age, x == 0 ? 0 : spend / x));
        }
        return CustomerSummaries.of(ClvTimeUnit.WEEKS, list);
    }

    static CustomerSummaries read(Path path) throws IOException {
        List<CustomerSummary> list = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("ID")) {
                continue;
            }
            String[] f = line.trim().split(",");
            int x = Integer.parseInt(f[1]);
            double money = f.length > 4 && x > 0 ? Double.parseDouble(f[4]) : 0;
            list.add(CustomerSummary.of(
                    f[0], ClvTimeUnit.WEEKS, x, Double.parseDouble(f[2]), Double.parseDouble(f[3]), money));
        }
        return CustomerSummaries.of(ClvTimeUnit.WEEKS, list);
    }
}
