/**
 * Classifying traffic: {@link io.github.emporion.marketing.traffic.LandingPageParser} turns a
 * landing-page URL (UTM parameters, click ids) and an optional referrer into a {@link
 * io.github.emporion.marketing.traffic.TrafficSource} (source / medium / campaign with GA4's
 * conventions for missing values), and {@link io.github.emporion.marketing.traffic.ChannelClassifier}
 * maps source / medium / campaign to a GA4 default channel group with GA4's ordered, first-match,
 * case-insensitive rule table ({@link io.github.emporion.marketing.traffic.Ga4ChannelRules}).
 */
@NullMarked
package io.github.emporion.marketing.traffic;

import org.jspecify.annotations.NullMarked;
