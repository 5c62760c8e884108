package io.github.emporion.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.javamoney.moneta.Money;

/** Reads the CDNOW reference files copied into src/test/resources/clv (Fader &amp; Hardie, CDNOW data). */
final class ClvTestData {

    /** Published BG/NBD parameters (FHL 2005), weeks. */
    static final BgNbdModel PAPER_BGNBD =
            BgNbdModel.of(BgNbdParameters.of(0.243, 4.414, 0.793, 2.426), ClvTimeUnit.WEEKS);

    /** Published Gamma-Gamma parameters (note 025). */
    static final GammaGammaModel PAPER_GG = GammaGammaModel.of(GammaGammaParameters.of(6.25, 3.74, 15.44));

    private ClvTestData() {}

    static List<String> lines(String resource) {
        InputStream in = Objects.requireNonNull(
                ClvTestData.class.getResourceAsStream("/clv/" + resource), () -> "missing resource " + resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a comma-separated file with a header, as maps from column name to text. */
    static List<Map<String, String>> csv(String resource) {
        List<String> lines = lines(resource);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static double d(Map<String, String> row, String column) {
        return Double.parseDouble(Objects.requireNonNull(row.get(column), column));
    }

    static Map<String, String> row(String resource, String column, String value) {
        return csv(resource).stream()
                .filter(r -> value.equals(r.get(column)))
                .findFirst()
                .orElseThrow();
    }

    /** The 2357-customer CDNOW summary (x, t_x, T in weeks, z̄ in dollars). */
    static CustomerSummaries cdnowSummaries() {
        List<CustomerSummary> list = new ArrayList<>();
        for (Map<String, String> r : csv("cdnow_customers_summary_with_transactions.csv")) {
            list.add(CustomerSummary.of(
                    r.get("ID"),
                    ClvTimeUnit.WEEKS,
                    Integer.parseInt(r.get("x")),
                    d(r, "t_x"),
                    d(r, "T"),
                    d(r, "zbar")));
        }
        return CustomerSummaries.of(ClvTimeUnit.WEEKS, list);
    }

    /** The 6919 rows of the CDNOW transaction log (customer = sample id), dated at UTC midnight, in USD. */
    static List<Transaction> cdnowTransactions() {
        List<Transaction> rows = new ArrayList<>();
        for (String line : lines("CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            LocalDate date =
                    LocalDate.parse(f[2].substring(0, 4) + "-" + f[2].substring(4, 6) + "-" + f[2].substring(6, 8));
            rows.add(Transaction.onDate(
                    String.valueOf(Integer.parseInt(f[1])),
                    date,
                    ZoneOffset.UTC,
                    Money.of(new BigDecimal(f[4]), "USD")));
        }
        return rows;
    }

    static CustomerSummary weekly(String id, int x, double tx, double age, double zbar) {
        return CustomerSummary.of(id, ClvTimeUnit.WEEKS, x, tx, age, zbar);
    }
}
