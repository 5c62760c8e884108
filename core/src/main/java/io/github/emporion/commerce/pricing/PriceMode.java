package io.github.emporion.commerce.pricing;

/**
 * Whether catalog prices, discounts and shipping prices include tax (commercetools'
 * {@code TaxRate.includedInPrice}, OFBiz's {@code taxInPrice}).
 */
public enum PriceMode {
    /**
     * Prices exclude tax (US sales tax, B2B): tax is computed on the discounted amount and added.
     * Example: 100.00 at 8.875 % → tax 8.88 (8.875 rounded half-even), gross 108.88.
     */
    NET,
    /**
     * Prices include tax (EU and Gulf VAT for consumers): tax is extracted from the discounted
     * amount as {@code round(gross × r / (1 + r))}, and {@code net = gross − tax}, so {@code net +
     * tax = gross} holds exactly. Example: 119.00 at 19 % → tax 19.00, net 100.00.
     */
    GROSS
}
