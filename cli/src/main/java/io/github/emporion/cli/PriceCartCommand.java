package io.github.emporion.cli;

import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.pricing.JsonPricingApi;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code emporion price-cart}: the full price breakdown of a cart through the JSON pricing API. */
@Command(
        name = "price-cart",
        mixinStandardHelpOptions = true,
        description = {
            "Prices a cart (currency, tax mode and rounding, lines, promotions and coupons, shipping) and prints the"
                    + " full price breakdown: subtotal, each discount, shipping, tax by rate, grand total.",
            "The request and reply formats are the JSON pricing API's (see the README and the JSON Schemas in the"
                    + " emporion-jackson jar)."
        },
        footer = {
            "",
            "Example:",
            "  java -jar emporion.jar price-cart cart.json",
            "",
            "Exit status: 0 success, 1 refused request (problems with JSON Pointers on stdout), 2 bad usage."
        })
final class PriceCartCommand extends JsonApiCommand {
    private final JsonPricingApi api = new JsonPricingApi();

    @Override
    JsonReply call(InputStream json) {
        return api.reply(json);
    }
}
