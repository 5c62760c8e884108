package io.github.emporion.metrics.grouped;

import java.util.Objects;

/**
 * One visit (session) with the funnel steps it reached, carrying the key it is grouped by.
 *
 * @param key the grouping key, e.g. a channel group or a day bucket
 * @param engaged GA4 engaged session: lasted more than 10 s, had a key event or ≥ 2 page views
 * @param singlePage the session had exactly one page view (legacy bounce)
 * @param viewedProduct the session viewed at least one product
 * @param addedToCart the session added something to a cart
 * @param startedCheckout the session began a checkout
 * @param purchased the session ended with an order (a converting session)
 * @param <K> the key type
 */
public record SessionFact<K>(
        K key,
        boolean engaged,
        boolean singlePage,
        boolean viewedProduct,
        boolean addedToCart,
        boolean startedCheckout,
        boolean purchased) {

    /** Checks that the key is present. */
    public SessionFact {
        Objects.requireNonNull(key, "key");
    }
}
