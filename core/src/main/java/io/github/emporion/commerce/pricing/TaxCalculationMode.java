package io.github.emporion.commerce.pricing;

/**
 * Where tax is rounded to the currency's minor units (commercetools' {@code UnitPriceLevel} /
 * {@code LineItemLevel}, plus rounding on the total per rate that many ERPs and invoices use).
 *
 * <p>Worked example (net 1.08 per unit, quantity 3, 19 %): {@link #UNIT}: 1.08 × 0.19 = 0.2052 →
 * 0.21 per unit, × 3 = 0.63, gross 3.87; {@link #LINE}: 3.24 × 0.19 = 0.6156 → 0.62, gross 3.86.
 */
public enum TaxCalculationMode {
    /**
     * Tax is rounded per unit, then multiplied by the quantity. A line whose discounted amount is
     * not a multiple of its quantity is split into units of whole minor units first (the first
     * units one minor unit more), exactly.
     */
    UNIT,
    /** Tax is rounded once per line (and once for shipping). The default. */
    LINE,
    /**
     * Tax is rounded once per tax rate over the whole order (lines and shipping with that rate),
     * then spread over those lines in proportion to their amounts, exactly (largest remainder).
     */
    TOTAL
}
