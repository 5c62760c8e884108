package io.github.emporion.commerce.pricing;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.Price;
import io.github.emporion.commerce.catalog.Product;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.Sku;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.catalog.Variant;
import io.github.emporion.money.Monies;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/** Small builders shared by the pricing tests. */
final class Fixtures {
    private Fixtures() {}

    static MonetaryAmount money(String amount, String currency) {
        return Monies.of(amount, currency);
    }

    static BigDecimal rate(String rate) {
        return new BigDecimal(rate);
    }

    static CatalogItem item(
            String sku, String category, ProductType type, TaxCategory tax, MonetaryAmount price, long grams) {
        Sku id = Sku.of(sku);
        Product product = Product.of(
                sku.toLowerCase(java.util.Locale.ROOT),
                sku,
                category,
                type,
                tax,
                Variant.of(id, Price.of(price), grams));
        return CatalogItem.of(product, id);
    }

    static String plain(MonetaryAmount amount) {
        return Monies.decimal(amount).toPlainString();
    }
}
