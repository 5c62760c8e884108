package io.github.emporion.cli;

import io.github.emporion.metrics.clv.BgNbdParameters;
import io.github.emporion.metrics.clv.ClvAnalysis;
import io.github.emporion.metrics.clv.ClvHorizon;
import io.github.emporion.metrics.clv.ClvOptions;
import io.github.emporion.metrics.clv.ClvPrediction;
import io.github.emporion.metrics.clv.ClvTimeUnit;
import io.github.emporion.metrics.clv.CustomerLedger;
import io.github.emporion.metrics.clv.CustomerLedgerAccumulator;
import io.github.emporion.metrics.clv.CustomerLifetimeValue;
import io.github.emporion.metrics.clv.CustomerSummaries;
import io.github.emporion.metrics.clv.CustomerSummary;
import io.github.emporion.metrics.clv.GammaGammaParameters;
import io.github.emporion.metrics.clv.Transaction;
import io.github.emporion.money.Monies;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emporion clv}: fits BG/NBD and Gamma-Gamma ({@link CustomerLifetimeValue#analyse}) and
 * writes every customer's P(alive), expected purchases, expected average spend and discounted CLV.
 */
@Command(
        name = "clv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fits the BG/NBD purchase model and the Gamma-Gamma spend model and predicts every customer's"
                    + " lifetime value. Input: per-customer summaries (frequency = repeat purchases, recency,"
                    + " T = age, monetary value = mean repeat-purchase value) or raw transactions.",
            "Writes CSV to stdout (customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,"
                    + "expected_avg_spend,clv); the fitted parameters and log-likelihoods go to stderr.",
            "The time unit of --horizon is the data's unit (weeks for CDNOW); the CLV horizon is in months and"
                    + " converted to that unit."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar emporion.jar clv --summary cdnow_customers_summary_with_transactions.csv > clv.csv",
            "  java -jar emporion.jar clv --transactions orders.csv --unit weeks --calibration-end 1997-09-30"
        })
final class ClvCommand implements Callable<Integer> {

    /** Exactly one input. */
    static final class Input {
        @Option(
                names = "--summary",
                paramLabel = "FILE",
                description = "CSV of customer summaries (columns as the CDNOW summary: ID,x,t_x,T,zbar; or"
                        + " customer_id,frequency,recency,T,monetary_value).")
        @Nullable
        Path summary;

        @Option(
                names = "--transactions",
                paramLabel = "FILE",
                description =
                        "CSV of transactions with columns customer_id,date,amount (date yyyy-MM-dd or" + " yyyyMMdd).")
        @Nullable
        Path transactions;
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings("NullAway.Init")
    private Input input;

    @Option(
            names = "--unit",
            description = "Time unit of the data: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            converter = UnitConverter.class)
    private ClvTimeUnit unit = ClvTimeUnit.WEEKS;

    @Option(
            names = "--calibration-end",
            paramLabel = "DATE",
            description = "Last day of the calibration period for --transactions (default: the last purchase day).")
    private @Nullable LocalDate calibrationEnd;

    @Option(
            names = "--horizon",
            paramLabel = "N",
            description = "Periods (of --unit) for expected purchases (default: ${DEFAULT-VALUE}).")
    private double horizon = 39;

    @Option(
            names = "--clv-months",
            paramLabel = "M",
            description = "Months of the CLV horizon (default: ${DEFAULT-VALUE}).")
    private int clvMonths = 12;

    @Option(
            names = "--discount",
            paramLabel = "D",
            description = "Discount rate per month (default: ${DEFAULT-VALUE}).")
    private double discount = 0.01;

    @Option(names = "--sep", paramLabel = "S", description = "Field separator (default: ,).")
    private String separator = ",";

    @Option(names = "--currency", description = "Currency of transaction amounts (default: ${DEFAULT-VALUE}).")
    private String currency = "USD";

    @Option(
            names = "--id-column",
            paramLabel = "NAME",
            description = "Customer id column (default: ID or customer_id).")
    private @Nullable String idColumn;

    @Option(names = "--frequency-column", paramLabel = "NAME", description = "Default: x or frequency.")
    private @Nullable String frequencyColumn;

    @Option(names = "--recency-column", paramLabel = "NAME", description = "Default: t_x or recency.")
    private @Nullable String recencyColumn;

    @Option(names = "--t-column", paramLabel = "NAME", description = "Default: T.")
    private @Nullable String ageColumn;

    @Option(names = "--monetary-column", paramLabel = "NAME", description = "Default: zbar or monetary_value.")
    private @Nullable String monetaryColumn;

    @Option(names = "--date-column", paramLabel = "NAME", description = "Default: date.")
    private @Nullable String dateColumn;

    @Option(names = "--amount-column", paramLabel = "NAME", description = "Default: amount or value.")
    private @Nullable String amountColumn;

    /** Accepts the unit names in any case. */
    static final class UnitConverter implements picocli.CommandLine.ITypeConverter<ClvTimeUnit> {
        @Override
        public ClvTimeUnit convert(String value) {
            return ClvTimeUnit.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public Integer call() {
        if (clvMonths < 0) {
            throw new IllegalArgumentException("--clv-months: " + clvMonths + " must not be negative");
        }
        PrintWriter err = spec.commandLine().getErr();
        CustomerSummaries summaries = input.summary != null ? readSummaries(input.summary, err) : readTransactions(err);
        ClvOptions options = ClvOptions.defaults()
                .withPurchaseHorizon(horizon)
                .withClvHorizon(ClvHorizon.monthly(clvMonths, discount));
        ClvAnalysis analysis;
        try {
            analysis = CustomerLifetimeValue.analyse(summaries, options);
        } catch (IllegalStateException e) {
            throw new BadDataException("cannot fit the CLV models to this data: " + e.getMessage(), e);
        }

        BgNbdParameters bg = analysis.purchases().model().parameters();
        GammaGammaParameters gg = analysis.spend().model().parameters();
        err.printf(
                Locale.ROOT,
                "BG/NBD (%s, %d customers): r=%.6f alpha=%.6f a=%.6f b=%.6f log-likelihood=%.4f converged=%s%n",
                unit.name().toLowerCase(Locale.ROOT),
                analysis.purchases().customers(),
                bg.r(),
                bg.alpha(),
                bg.a(),
                bg.b(),
                analysis.purchases().logLikelihood(),
                analysis.purchases().diagnostics().converged());
        err.printf(
                Locale.ROOT,
                "Gamma-Gamma (%d repeat customers): p=%.6f q=%.6f gamma=%.6f log-likelihood=%.4f converged=%s%n",
                analysis.spend().customers(),
                gg.p(),
                gg.q(),
                gg.gamma(),
                analysis.spend().logLikelihood(),
                analysis.spend().diagnostics().converged());
        if (!analysis.converged()) {
            err.println("warning: a fit did not converge; the predictions may be unreliable");
        }
        err.flush();

        PrintWriter out = spec.commandLine().getOut();
        out.print("customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_avg_spend,clv\n");
        for (ClvPrediction p : analysis.predictions()) {
            out.print(csv(p.customerId()) + "," + p.frequency() + "," + num(p.recency()) + "," + num(p.age()) + ","
                    + num(p.monetaryValue()) + "," + num(p.probabilityAlive()) + "," + num(p.expectedPurchases())
                    + "," + num(p.expectedAverageSpend()) + "," + num(p.clv()) + "\n");
        }
        out.flush();
        return 0;
    }

    private CustomerSummaries readSummaries(Path file, PrintWriter err) {
        String name = file.toString();
        List<CustomerSummary> customers = new ArrayList<>();
        int[] cols = new int[5];
        CsvInput.read(
                file,
                CsvInput.separator(separator),
                err,
                header -> {
                    cols[0] = CsvInput.column(name, header, "--id-column", names(idColumn, "ID", "customer_id"));
                    cols[1] = CsvInput.column(
                            name, header, "--frequency-column", names(frequencyColumn, "x", "frequency"));
                    cols[2] = CsvInput.column(name, header, "--recency-column", names(recencyColumn, "t_x", "recency"));
                    cols[3] = CsvInput.column(name, header, "--t-column", names(ageColumn, "T"));
                    cols[4] = CsvInput.column(
                            name, header, "--monetary-column", names(monetaryColumn, "zbar", "monetary_value"));
                },
                row -> {
                    long frequency = row.parseLong(cols[1]);
                    if (frequency < 0 || frequency > Integer.MAX_VALUE) {
                        throw row.bad(cols[1], "must be a whole number >= 0");
                    }
                    try {
                        customers.add(CustomerSummary.of(
                                row.get(cols[0]),
                                unit,
                                (int) frequency,
                                row.parseDouble(cols[2]),
                                row.parseDouble(cols[3]),
                                row.parseDouble(cols[4])));
                    } catch (IllegalArgumentException e) {
                        throw new BadDataException(name + " line " + row.line() + ": " + e.getMessage(), e);
                    }
                });
        return CustomerSummaries.of(unit, customers);
    }

    private CustomerSummaries readTransactions(PrintWriter err) {
        Path file = java.util.Objects.requireNonNull(input.transactions, "transactions");
        String name = file.toString();
        CurrencyUnit money;
        try {
            money = Monetary.getCurrency(currency);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--currency: unknown currency code '" + currency + "'", e);
        }
        CustomerLedgerAccumulator ledger = new CustomerLedgerAccumulator(ZoneOffset.UTC);
        LocalDate[] last = new LocalDate[1];
        int[] cols = new int[3];
        CsvInput.read(
                file,
                CsvInput.separator(separator),
                err,
                header -> {
                    cols[0] = CsvInput.column(name, header, "--id-column", names(idColumn, "customer_id", "ID"));
                    cols[1] = CsvInput.column(name, header, "--date-column", names(dateColumn, "date"));
                    cols[2] = CsvInput.column(name, header, "--amount-column", names(amountColumn, "amount", "value"));
                },
                row -> {
                    LocalDate date = date(row, cols[1]);
                    BigDecimal amount;
                    try {
                        amount = new BigDecimal(row.get(cols[2]));
                    } catch (NumberFormatException e) {
                        throw row.bad(cols[2], "must be a decimal number");
                    }
                    try {
                        ledger.add(
                                Transaction.onDate(row.get(cols[0]), date, ZoneOffset.UTC, Monies.of(amount, money)));
                    } catch (IllegalArgumentException e) {
                        throw new BadDataException(name + " line " + row.line() + ": " + e.getMessage(), e);
                    }
                    if (last[0] == null || date.isAfter(last[0])) {
                        last[0] = date;
                    }
                });
        if (last[0] == null) {
            throw new BadDataException(name + ": no transactions");
        }
        CustomerLedger result = ledger.result();
        return result.summaries(unit, calibrationEnd != null ? calibrationEnd : last[0]);
    }

    private static LocalDate date(CsvInput.Row row, int column) {
        String text = row.get(column);
        try {
            return text.length() == 8 && text.chars().allMatch(Character::isDigit)
                    ? LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE)
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.bad(column, "must be a date yyyy-MM-dd or yyyyMMdd");
        }
    }

    private static String[] names(@Nullable String chosen, String... defaults) {
        return chosen != null ? new String[] {chosen} : defaults;
    }

    private static String num(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\""
                : field;
    }
}
