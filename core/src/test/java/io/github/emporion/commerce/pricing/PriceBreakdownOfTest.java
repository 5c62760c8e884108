package io.github.emporion.commerce.pricing;

import static io.github.emporion.commerce.pricing.Fixtures.item;
import static io.github.emporion.commerce.pricing.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.emporion.commerce.catalog.CatalogItem;
import io.github.emporion.commerce.catalog.ProductType;
import io.github.emporion.commerce.catalog.TaxCategory;
import io.github.emporion.commerce.pricing.shipping.ShippingMethod;
import io.github.emporion.commerce.pricing.shipping.ShippingRate;
import io.github.emporion.commerce.pricing.tax.TaxRate;
import java.util.List;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * {@link PriceBreakdown#of} rebuilds a breakdown from its parts (as a JSON reader does) and refuses
 * parts that contradict the price mode. Figures by hand: 2 × KWD 5.950 at 19 %; gross mode: tax
 * round(11.900 × 0.19 / 1.19) = 1.900, net 10.000; net mode: tax round(11.900 × 0.19) = 2.261,
 * gross 14.161.
 */
class PriceBreakdownOfTest {
    private static final CatalogItem LAMP =
            item("LAMP", "home", ProductType.PHYSICAL, TaxCategory.STANDARD, money("5.950", "KWD"), 900);
    private static final TaxRate VAT = TaxRate.of("VAT", "0.19");

    private static LineBreakdown grossLine() {
        return new LineBreakdown(
                LAMP,
                2,
                money("5.950", "KWD"),
                money("11.900", "KWD"),
                List.of(),
                money("10.000", "KWD"),
                money("1.900", "KWD"),
                money("11.900", "KWD"),
                VAT);
    }

    private static LineBreakdown netLine() {
        return new LineBreakdown(
                LAMP,
                2,
                money("5.950", "KWD"),
                money("11.900", "KWD"),
                List.of(),
                money("11.900", "KWD"),
                money("2.261", "KWD"),
                money("14.161", "KWD"),
                VAT);
    }

    private static PriceBreakdown of(PriceMode mode, LineBreakdown line, TaxPortion portion) {
        return PriceBreakdown.of(
                Monetary.getCurrency("KWD"),
                mode,
                List.of(line),
                List.of(),
                null,
                List.of(portion),
                List.of(),
                List.of());
    }

    @Test
    void of_linesChargedInTheirPriceMode_totalsFromTheParts() {
        PriceBreakdown gross =
                of(PriceMode.GROSS, grossLine(), new TaxPortion(VAT, money("10.000", "KWD"), money("1.900", "KWD")));
        assertThat(gross.grandTotal()).isEqualTo(money("11.900", "KWD"));
        PriceBreakdown net =
                of(PriceMode.NET, netLine(), new TaxPortion(VAT, money("11.900", "KWD"), money("2.261", "KWD")));
        assertThat(net.grandTotal()).isEqualTo(money("14.161", "KWD"));
    }

    @Test
    void of_lineOfTheOtherPriceMode_rejectedNamingLineModeAndFigures() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of(
                        PriceMode.NET, grossLine(), new TaxPortion(VAT, money("10.000", "KWD"), money("1.900", "KWD"))))
                .withMessageContaining("line LAMP")
                .withMessageContaining("NET price mode")
                .withMessageContaining("10.000")
                .withMessageContaining("11.900");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of(
                        PriceMode.GROSS, netLine(), new TaxPortion(VAT, money("11.900", "KWD"), money("2.261", "KWD"))))
                .withMessageContaining("GROSS price mode");
    }

    @Test
    void of_shippingChargedInTheOtherPriceMode_rejected() {
        // shipping 1.190 gross at 19 %: tax 0.190, net 1.000; charged 1.190 is its gross, not its net
        ShippingMethod method = new ShippingMethod(
                "std", "Standard", new ShippingRate.Flat(money("1.190", "KWD")), TaxCategory.STANDARD);
        ShippingBreakdown shipping = new ShippingBreakdown(
                method,
                money("1.190", "KWD"),
                money("0", "KWD"),
                money("1.000", "KWD"),
                money("0.190", "KWD"),
                money("1.190", "KWD"),
                VAT);
        assertThat(PriceBreakdown.of(
                                Monetary.getCurrency("KWD"),
                                PriceMode.GROSS,
                                List.of(grossLine()),
                                List.of(),
                                shipping,
                                List.of(new TaxPortion(VAT, money("11.000", "KWD"), money("2.090", "KWD"))),
                                List.of(),
                                List.of())
                        .grandTotal())
                .isEqualTo(money("13.090", "KWD"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PriceBreakdown.of(
                        Monetary.getCurrency("KWD"),
                        PriceMode.NET,
                        List.of(netLine()),
                        List.of(),
                        shipping,
                        List.of(new TaxPortion(VAT, money("12.900", "KWD"), money("2.451", "KWD"))),
                        List.of(),
                        List.of()))
                .withMessageContaining("shipping price − discount must equal its net 1.000 in NET price mode: 1.190");
    }
}
