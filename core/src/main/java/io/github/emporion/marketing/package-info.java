/**
 * The marketing side of Emporion: the promotion that feeds e-commerce.
 *
 * <ul>
 *   <li>{@link io.github.emporion.marketing.channel} — channels, GA4 channel groups and the teaching
 *       dimensions (media type, strategy, online e-marketing versus offline digital);
 *   <li>{@link io.github.emporion.marketing.traffic} — landing-page URL and UTM parsing and GA4
 *       default-channel-group classification;
 *   <li>{@link io.github.emporion.marketing.campaign} — campaigns, billing models and daily
 *       performance with exact spend derivation;
 *   <li>{@link io.github.emporion.marketing.touchpoint} — touchpoints, sessions and conversions;
 *   <li>{@link io.github.emporion.marketing.journey} — journey building and path counts, the
 *       exchange format of attribution;
 *   <li>{@link io.github.emporion.marketing.budget} — marketing budgets and sales plans versus
 *       actuals, with pacing.
 * </ul>
 *
 * <p>Marketing meets commerce only through identifiers: a conversion may name an order id and a
 * touchpoint may carry a customer id.
 */
@NullMarked
package io.github.emporion.marketing;

import org.jspecify.annotations.NullMarked;
