package io.github.emporion.examples;

import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.traffic.ChannelClassifier;
import io.github.emporion.marketing.traffic.LandingPageParser;
import io.github.emporion.marketing.traffic.TrafficSource;
import org.jspecify.annotations.Nullable;

/**
 * E-marketing: which channel did a visit come from? UTM-tagged landing pages and referrers,
 * classified with GA4's default channel group rules.
 *
 * <p>The campaign's UTM tags (utm_source, utm_medium, utm_campaign) say where a click came from;
 * without them the referrer decides (a search engine is organic search, another site is a referral,
 * nothing is direct). A Google Ads click id ({@code gclid}) means google / cpc even without tags.
 */
public final class ClassifyingUtmUrls {

    private ClassifyingUtmUrls() {}

    /**
     * Classifies a few visits and prints one line each.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        classify("https://shop.example/?utm_source=newsletter&utm_medium=email&utm_campaign=may", null);
        classify("https://shop.example/?utm_source=google&utm_medium=cpc&utm_campaign=brand", null);
        classify("https://shop.example/?utm_source=facebook&utm_medium=paid_social", null);
        classify("https://shop.example/?gclid=Cj0KCQ", null);
        classify("https://shop.example/", "https://www.bing.com/search?q=espresso");
        classify("https://shop.example/", "https://blog.example.org/best-grinders");
        classify("https://shop.example/", null);
    }

    private static void classify(String url, @Nullable String referrer) {
        TrafficSource source = LandingPageParser.ga4().parse(url, referrer);
        ChannelGroup group = ChannelClassifier.ga4().classify(source);
        System.out.println(group.displayName() + " <- " + source.source() + " / " + source.medium() + " (" + url
                + (referrer == null ? "" : ", referrer " + referrer) + ")");
    }
}
