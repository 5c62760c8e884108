package io.github.emporion.marketing.campaign;

import io.github.emporion.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A billing model and its rate, and the exact derivation of spend from performance.
 *
 * <p><b>Derived spend of one daily record</b> (rate r):
 *
 * <ul>
 *   <li>CPC: {@code r × clicks}; CPA: {@code r × conversions}; CPV: {@code r × videoViews};
 *   <li>CPM: {@code r × impressions / 1000};
 *   <li>FLAT_FEE: r is the fee for the whole flight; it is spread over the flight's days in minor
 *       units, each day getting {@code floor(fee / days)} and the first {@code fee mod days} days one
 *       minor unit more, so the days add up to the fee exactly (no minor unit lost or invented).
 * </ul>
 *
 * <p><b>Rounding:</b> the product is computed exactly and rounded once per record, HALF_EVEN, to the
 * currency's minor units ({@link CurrencyUnit#getDefaultFractionDigits()}: 2 for EUR, 0 for JPY, 3
 * for KWD). Example: CPM EUR 2.35 with 1,234 impressions is 2.8999 → EUR 2.90; CPC JPY 45 × 7 clicks
 * is JPY 315.
 *
 * @param model the billing model
 * @param rate the price per unit of the model (per click, per thousand impressions, per
 *     conversion, per view) or, for FLAT_FEE, the fee of the whole flight; not negative, and a flat
 *     fee has no more decimals than its currency
 */
public record Billing(BillingModel model, MonetaryAmount rate) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /**
     * Validates the billing.
     *
     * @param model the billing model
     * @param rate the rate
     */
    public Billing {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rate, "rate");
        if (rate.isNegative()) {
            throw new IllegalArgumentException("rate: " + rate + " must not be negative");
        }
        if (model == BillingModel.FLAT_FEE && exact(rate).stripTrailingZeros().scale() > digits(rate.getCurrency())) {
            throw new IllegalArgumentException("rate: flat fee " + rate + " has more decimals than "
                    + rate.getCurrency().getCurrencyCode() + " allows");
        }
    }

    /**
     * Creates a billing.
     *
     * @param model the billing model
     * @param rate the rate
     * @return the billing
     */
    public static Billing of(BillingModel model, MonetaryAmount rate) {
        return new Billing(model, rate);
    }

    /**
     * Derives the spend of one daily record from this billing, rounded once HALF_EVEN to the
     * currency's minor units (see the class comment).
     *
     * @param performance the daily record
     * @param flight the campaign's flight (used by FLAT_FEE only)
     * @return the derived spend, in the rate's currency
     * @throws CurrencyMismatchException if the record's currency differs from the rate's
     * @throws IllegalArgumentException for FLAT_FEE if the record's date is outside the flight
     */
    public MonetaryAmount spendFor(CampaignPerformance performance, Flight flight) {
        CurrencyUnit currency = rate.getCurrency();
        CurrencyMismatchException.requireCurrency(currency, performance.conversionValue());
        BigDecimal r = exact(rate);
        BigDecimal raw = switch (model) {
            case CPC -> r.multiply(BigDecimal.valueOf(performance.clicks()));
            case CPM ->
                r.multiply(BigDecimal.valueOf(performance.impressions())).divide(THOUSAND);
            case CPA -> r.multiply(BigDecimal.valueOf(performance.conversions()));
            case CPV -> r.multiply(BigDecimal.valueOf(performance.videoViews()));
            case FLAT_FEE -> flatFeeShare(r, performance, flight, digits(currency));
        };
        return Money.of(raw.setScale(digits(currency), RoundingMode.HALF_EVEN), currency);
    }

    private static BigDecimal flatFeeShare(BigDecimal fee, CampaignPerformance performance, Flight flight, int digits) {
        if (!flight.contains(performance.date())) {
            throw new IllegalArgumentException("performance: date " + performance.date() + " is outside the flight ["
                    + flight.start() + ", " + flight.end() + ") of a flat-fee campaign");
        }
        BigInteger minor = fee.movePointRight(digits).toBigIntegerExact();
        BigInteger[] qr = minor.divideAndRemainder(BigInteger.valueOf(flight.days()));
        long dayIndex = ChronoUnit.DAYS.between(flight.start(), performance.date());
        BigInteger share = BigInteger.valueOf(dayIndex).compareTo(qr[1]) < 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return new BigDecimal(share, digits);
    }

    private static BigDecimal exact(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    private static int digits(CurrencyUnit currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
