package io.github.emporion.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.emporion.aggregate.Accumulators;
import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerLedgerTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate CDNOW_CALIBRATION_END = LocalDate.of(1997, 9, 30);
    private static List<Transaction> cdnow;

    @BeforeAll
    static void readCdnowLog() {
        cdnow = ClvTestData.cdnowTransactions();
    }

    private static MonetaryAmount money(String value, String currency) {
        return Money.of(new BigDecimal(value), currency);
    }

    private static CustomerLedger ledger(ZoneId zone, List<Transaction> rows) {
        return Accumulators.reduce(() -> new CustomerLedgerAccumulator(zone), rows);
    }

    private static Transaction on(String id, String date, String amount, String currency) {
        return Transaction.onDate(id, LocalDate.parse(date), UTC, money(amount, currency));
    }

    @Test
    void summaries_cdnowTransactionLog_reproduceTheSharedSummary() {
        assertThat(cdnow).hasSize(6919);
        CustomerSummaries mine = ledger(UTC, cdnow).summaries(ClvTimeUnit.WEEKS, CDNOW_CALIBRATION_END);
        List<Map<String, String>> expected = ClvTestData.csv("cdnow_customers_summary_with_transactions.csv");
        assertThat(mine.size()).isEqualTo(expected.size()).isEqualTo(2357);
        long repeats = 0;
        for (Map<String, String> row : expected) {
            String id = row.get("ID");
            CustomerSummary c = mine.get(id).orElseThrow();
            assertThat(c.frequency()).as(id).isEqualTo(Integer.parseInt(row.get("x")));
            // the shared file rounds t_x and T to 2 dp; z-bar is matched to +-0.01 (data README)
            assertThat(c.recency()).as(id).isCloseTo(ClvTestData.d(row, "t_x"), within(0.005 + 1e-12));
            assertThat(c.age()).as(id).isCloseTo(ClvTestData.d(row, "T"), within(0.005 + 1e-12));
            assertThat(c.monetaryValue()).as(id).isCloseTo(ClvTestData.d(row, "zbar"), within(0.01 + 1e-9));
            repeats += c.frequency();
        }
        assertThat(repeats).isEqualTo(2457);
        assertThat(mine.currency()).contains(Monetary.getCurrency("USD"));
    }

    @Test
    void summaries_customer1ByHand_matchesDates() {
        // customer 1: 1997-01-01 (29.33), 1997-01-18 (29.73), 1997-08-02 (14.96), 1997-12-12 (26.48)
        CustomerSummary c = ledger(UTC, cdnow)
                .summaries(ClvTimeUnit.WEEKS, CDNOW_CALIBRATION_END)
                .get("1")
                .orElseThrow();
        assertThat(c.frequency()).isEqualTo(2);
        assertThat(c.recency()).isEqualTo(213 / 7.0);
        assertThat(c.age()).isEqualTo(272 / 7.0);
        assertThat(c.monetaryValue()).isEqualTo((29.73 + 14.96) / 2);
    }

    @Test
    void accumulator_cdnowSplitAtSeededRandomPoints_mergesToSinglePass() {
        CustomerLedger single = ledger(UTC, cdnow);
        long seed = 977L;
        Random random = new Random(seed);
        for (int trial = 0; trial < 50; trial++) {
            int parts = 1 + random.nextInt(6);
            List<Integer> cuts = new ArrayList<>();
            for (int i = 0; i < parts - 1; i++) {
                cuts.add(random.nextInt(cdnow.size() + 1));
            }
            cuts.sort(null);
            cuts.add(cdnow.size());
            CustomerLedgerAccumulator merged = new CustomerLedgerAccumulator(UTC);
            int from = 0;
            for (int cut : cuts) {
                CustomerLedgerAccumulator part = new CustomerLedgerAccumulator(UTC);
                cdnow.subList(from, cut).forEach(part::add);
                merged.merge(part);
                from = cut;
            }
            assertThat(merged.result())
                    .as("seed " + seed + " trial " + trial + " cuts " + cuts)
                    .isEqualTo(single);
        }
        CustomerLedger parallel =
                cdnow.parallelStream().collect(Accumulators.collector(() -> new CustomerLedgerAccumulator(UTC)));
        assertThat(parallel).isEqualTo(single);
        assertThat(new CustomerLedgerAccumulator(UTC)
                        .merge(new CustomerLedgerAccumulator(UTC))
                        .result()
                        .purchaseDays())
                .isEmpty();
    }

    @Test
    void add_otherCurrency_throwsAndLeavesAccumulatorUnchanged() {
        CustomerLedgerAccumulator acc = new CustomerLedgerAccumulator(UTC).add(on("a", "2024-01-01", "10.00", "EUR"));
        CustomerLedger before = acc.result();
        assertThatThrownBy(() -> acc.add(on("a", "2024-01-02", "5", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(acc.result()).isEqualTo(before);
        CustomerLedgerAccumulator usd = new CustomerLedgerAccumulator(UTC).add(on("b", "2024-01-01", "5", "USD"));
        assertThatThrownBy(() -> acc.merge(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.merge(new CustomerLedgerAccumulator(ZoneId.of("Asia/Tokyo"))))
                .hasMessageContaining("different zones");
        assertThat(acc.result()).isEqualTo(before);
    }

    @Test
    void transaction_negativeOrBlank_isRejected() {
        assertThatThrownBy(() -> on("a", "2024-01-01", "-1.00", "EUR"))
                .hasMessageContaining("amount must be >= 0: EUR -1");
        assertThatThrownBy(() -> on(" ", "2024-01-01", "1.00", "EUR"))
                .hasMessageContaining("customerId must not be blank");
    }

    @Test
    void result_sameDayTotalAddedUpDifferently_equalWithMinorUnitScale() {
        ZoneId utc = ZoneOffset.UTC;
        Instant day = Instant.parse("2024-03-01T10:00:00Z");
        // 1.5 + 0.500 and 2.000 KWD: the same total, 2.000 (3 minor digits), however it was added up
        CustomerLedger split = new CustomerLedgerAccumulator(utc)
                .add(new Transaction("a", day, Money.of(new BigDecimal("1.5"), "KWD")))
                .add(new Transaction("a", day.plusSeconds(60), Money.of(new BigDecimal("0.500"), "KWD")))
                .result();
        CustomerLedger whole = new CustomerLedgerAccumulator(utc)
                .add(new Transaction("a", day, Money.of(new BigDecimal("2.000"), "KWD")))
                .result();
        assertThat(split).isEqualTo(whole).hasSameHashCodeAs(whole);
        BigDecimal total = split.purchaseDays().get("a").get(LocalDate.of(2024, 3, 1));
        assertThat(total).isEqualByComparingTo("2");
        assertThat(total.scale()).isEqualTo(3);
        // more digits than the minor units are kept; JPY 1200 keeps scale 0
        CustomerLedger fine = new CustomerLedgerAccumulator(utc)
                .add(new Transaction("b", day, Money.of(new BigDecimal("0.12340"), "EUR")))
                .result();
        assertThat(fine.purchaseDays().get("b").firstEntry().getValue()).isEqualTo(new BigDecimal("0.1234"));
        CustomerLedger yen = new CustomerLedgerAccumulator(utc)
                .add(new Transaction("c", day, Money.of(new BigDecimal("1.2E+3"), "JPY")))
                .result();
        assertThat(yen.purchaseDays().get("c").firstEntry().getValue()).isEqualTo(new BigDecimal("1200"));
    }

    @Test
    void add_instantNearMidnight_isFiledUnderTheLocalDayOfTheZone() {
        Instant lateUtc = Instant.parse("2024-01-01T23:30:00Z");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        CustomerLedger l = new CustomerLedgerAccumulator(tokyo)
                .add(new Transaction("a", lateUtc, money("1000", "JPY")))
                .result();
        assertThat(l.purchaseDays().get("a")).containsOnlyKeys(LocalDate.of(2024, 1, 2));
    }

    @Test
    void summaries_sameDayPurchasesAndHoldout_countedByHand() {
        List<Transaction> rows = List.of(
                on("a", "2024-01-01", "10.00", "EUR"),
                on("a", "2024-01-08", "4.00", "EUR"),
                on("a", "2024-01-08", "6.00", "EUR"), // same day: one purchase of 10.00
                on("a", "2024-01-29", "20.00", "EUR"),
                on("a", "2024-02-05", "1.00", "EUR"), // holdout
                on("a", "2024-02-06", "1.00", "EUR"), // holdout
                on("a", "2024-03-01", "1.00", "EUR"), // after holdout
                on("b", "2024-01-29", "5.00", "EUR"),
                on("c", "2024-02-02", "5.00", "EUR")); // first purchase in holdout: not summarised
        CustomerSummaries s = ledger(UTC, rows)
                .summaries(ClvTimeUnit.WEEKS, LocalDate.parse("2024-01-29"), LocalDate.parse("2024-02-12"));
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.holdoutLength()).isEqualTo(2.0);
        assertThat(s.get("a").orElseThrow())
                .isEqualTo(new CustomerSummary("a", ClvTimeUnit.WEEKS, 2, 4.0, 4.0, 15.0, 2));
        assertThat(s.get("b").orElseThrow()).isEqualTo(new CustomerSummary("b", ClvTimeUnit.WEEKS, 0, 0, 0, 0, 0));
        assertThat(s.get("c")).isEmpty();
        CustomerSummary days = ledger(UTC, rows)
                .summaries(ClvTimeUnit.DAYS, LocalDate.parse("2024-01-29"))
                .get("a")
                .orElseThrow();
        assertThat(days.recency()).isEqualTo(28.0);
        assertThat(ledger(UTC, rows)
                        .summaries(ClvTimeUnit.MONTHS, LocalDate.parse("2024-01-29"))
                        .get("a")
                        .orElseThrow()
                        .age())
                .isEqualTo(28 / 30.4375);
        assertThatThrownBy(() -> ledger(UTC, rows)
                        .summaries(ClvTimeUnit.WEEKS, LocalDate.parse("2024-01-29"), LocalDate.parse("2024-01-29")))
                .hasMessageContaining("holdoutEnd must be after calibrationEnd");
    }

    @Test
    void historicalValue_zeroTwoAndThreeDecimalCurrencies_sumAndRoundMeanHalfEven() {
        assertHistorical("EUR", List.of("10.00", "25.01"), "35.01", "17.50");
        assertHistorical("JPY", List.of("1001", "2000", "0"), "3001", "1000");
        assertHistorical("KWD", List.of("1.001", "0.002"), "1.003", "0.502");
        assertHistorical("BHD", List.of("0.125", "0.000", "0.000", "0.000"), "0.125", "0.031");
    }

    private static void assertHistorical(String code, List<String> values, String total, String mean) {
        List<Transaction> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            rows.add(on("c" + i, "2024-01-01", values.get(i), code));
        }
        rows.add(on("c0", "2024-06-01", "999", code)); // after asOf
        HistoricalClv h = ledger(UTC, rows).historicalValue(LocalDate.parse("2024-05-31"));
        CurrencyUnit currency = Monetary.getCurrency(code);
        assertThat(h.customerCount()).isEqualTo(values.size());
        assertThat(h.total().getCurrency()).isEqualTo(currency);
        assertThat(h.total().getNumber().numberValue(BigDecimal.class)).as(code).isEqualByComparingTo(total);
        MonetaryAmount m = h.meanPerCustomer().orElseThrow();
        assertThat(m.getCurrency()).isEqualTo(currency);
        assertThat(m.getNumber().numberValue(BigDecimal.class)).as(code).isEqualByComparingTo(mean);
    }

    @Test
    void historicalValue_noCustomerBeforeAsOf_hasUndefinedMean() {
        CustomerLedger l = ledger(UTC, List.of(on("a", "2024-01-01", "10.00", "EUR")));
        assertThat(l.historicalValue(LocalDate.parse("2023-12-31")).meanPerCustomer())
                .isEmpty();
        assertThatThrownBy(() ->
                        new CustomerLedgerAccumulator(UTC).result().historicalValue(LocalDate.parse("2024-01-01")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger is empty");
    }

    @Test
    void cohortRetention_monthlyCohorts_countedByHand() {
        List<Transaction> rows = List.of(
                on("a", "2024-01-05", "1", "EUR"),
                on("a", "2024-01-20", "1", "EUR"),
                on("a", "2024-03-02", "1", "EUR"),
                on("b", "2024-01-31", "1", "EUR"),
                on("b", "2024-02-01", "1", "EUR"),
                on("c", "2024-01-10", "1", "EUR"),
                on("d", "2024-01-11", "1", "EUR"),
                on("d", "2024-03-31", "1", "EUR"),
                on("d", "2024-04-01", "1", "EUR"), // after asOf
                on("e", "2024-02-14", "1", "EUR"),
                on("e", "2024-03-14", "1", "EUR"));
        CohortRetention r = ledger(UTC, rows).cohortRetention(ClvTimeUnit.MONTHS, LocalDate.parse("2024-03-31"));
        assertThat(r.cohorts()).hasSize(2);
        CohortRetention.Cohort january = r.cohorts().get(0);
        assertThat(january.start()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(january.size()).isEqualTo(4);
        assertThat(january.activeCustomers()).containsExactly(4, 1, 2);
        assertThat(january.retention(2)).isEqualTo(0.5);
        CohortRetention.Cohort february = r.cohorts().get(1);
        assertThat(february.activeCustomers()).containsExactly(1, 1);
        assertThat(february.retention(0)).isEqualTo(1.0);
        assertThatThrownBy(() -> february.retention(2)).hasMessageContaining("period index k must be in [0, 2): 2");
    }

    @Test
    void cohortRetention_weeklyCohorts_startOnMonday() {
        // 2024-01-07 is a Sunday, 2024-01-08 a Monday
        List<Transaction> rows = List.of(on("a", "2024-01-07", "1", "EUR"), on("a", "2024-01-08", "1", "EUR"));
        CohortRetention r = ledger(UTC, rows).cohortRetention(ClvTimeUnit.WEEKS, LocalDate.parse("2024-01-20"));
        assertThat(r.cohorts().get(0).start()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(r.cohorts().get(0).activeCustomers()).containsExactly(1, 1, 0);
    }
}
