package io.github.emporion.marketing.traffic;

import static io.github.emporion.marketing.traffic.SourceCategory.SEARCH;
import static io.github.emporion.marketing.traffic.SourceCategory.SHOPPING;
import static io.github.emporion.marketing.traffic.SourceCategory.SOCIAL;
import static io.github.emporion.marketing.traffic.SourceCategory.VIDEO;

import io.github.emporion.marketing.channel.ChannelGroup;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GA4's default channel group rule table for manual (UTM or referrer) traffic, versioned.
 *
 * <p>{@link #v2023()} is the wording of Google Analytics Help 9756891 after its 2023-11 revision.
 * The rules, in order (first match wins; no match means {@link ChannelGroup#UNASSIGNED}); {@code
 * PAID} is the regex {@code ^(.*cp.*|ppc|retargeting|paid.*)$} and {@code SHOP_CAMPAIGN} is {@code
 * ^(.*(([^a-df-z]|^)shop|shopping).*)$}:
 *
 * <ol>
 *   <li>Direct: source is {@code (direct)} and medium is {@code (not set)} or {@code (none)};
 *   <li>Cross-network: campaign contains {@code cross-network};
 *   <li>Paid Shopping: (shopping source or SHOP_CAMPAIGN) and PAID medium;
 *   <li>Paid Search: search source and PAID medium;
 *   <li>Paid Social: social source and PAID medium;
 *   <li>Paid Video: video source and PAID medium;
 *   <li>Display: medium is {@code display}, {@code banner}, {@code expandable}, {@code
 *       interstitial} or {@code cpm};
 *   <li>Paid Other: PAID medium;
 *   <li>Organic Shopping: shopping source or SHOP_CAMPAIGN;
 *   <li>Organic Social: social source or medium is {@code social}, {@code social-network}, {@code
 *       social-media}, {@code sm}, {@code social network} or {@code social media};
 *   <li>Organic Video: video source or medium contains {@code video};
 *   <li>Organic Search: search source or medium is {@code organic};
 *   <li>Referral: medium is {@code referral}, {@code app} or {@code link};
 *   <li>Email: source or medium is exactly {@code email}, {@code e-mail}, {@code e_mail} or {@code
 *       e mail};
 *   <li>Affiliates: medium is {@code affiliate};
 *   <li>Audio: medium is {@code audio};
 *   <li>SMS: source or medium is {@code sms};
 *   <li>Mobile Push Notifications: medium ends with {@code push} or contains {@code mobile} or
 *       {@code notification}, or source is {@code firebase}.
 * </ol>
 *
 * <p>Readings chosen where the page is ambiguous (each is tested): the source must be exactly
 * {@code (direct)} (the pre-2023 wording {@code direct} is Unassigned); Referral is evaluated before
 * Email (so {@code email / referral} is Referral); the e-mail source list is an exact match (so
 * {@code hs_email / newsletter} is Unassigned, not Email as in dbt-ga4's "contains" reading); the
 * table is followed literally, so {@code google / email} is Organic Search. Because {@code .*cp.*}
 * also matches {@code cpm}, {@code google / cpm} is Paid Search, not Display.
 */
public final class Ga4ChannelRules {

    private static final Pattern PAID = Pattern.compile("^(.*cp.*|ppc|retargeting|paid.*)$");
    private static final Pattern SHOP_CAMPAIGN = Pattern.compile("^(.*(([^a-df-z]|^)shop|shopping).*)$");
    private static final Set<String> DIRECT_MEDIA = Set.of("(not set)", "(none)");
    private static final Set<String> DISPLAY_MEDIA = Set.of("display", "banner", "expandable", "interstitial", "cpm");
    private static final Set<String> SOCIAL_MEDIA =
            Set.of("social", "social-network", "social-media", "sm", "social network", "social media");
    private static final Set<String> REFERRAL_MEDIA = Set.of("referral", "app", "link");
    private static final Set<String> EMAIL = Set.of("email", "e-mail", "e_mail", "e mail");

    private static final List<ChannelRule> V2023 = List.of(
            new ChannelRule(
                    "Direct", ChannelGroup.DIRECT, (s, m, c, l) -> s.equals("(direct)") && DIRECT_MEDIA.contains(m)),
            new ChannelRule("Cross-network", ChannelGroup.CROSS_NETWORK, (s, m, c, l) -> c.contains("cross-network")),
            new ChannelRule(
                    "Paid Shopping",
                    ChannelGroup.PAID_SHOPPING,
                    (s, m, c, l) -> (l.is(s, SHOPPING) || shopCampaign(c)) && paid(m)),
            new ChannelRule("Paid Search", ChannelGroup.PAID_SEARCH, (s, m, c, l) -> l.is(s, SEARCH) && paid(m)),
            new ChannelRule("Paid Social", ChannelGroup.PAID_SOCIAL, (s, m, c, l) -> l.is(s, SOCIAL) && paid(m)),
            new ChannelRule("Paid Video", ChannelGroup.PAID_VIDEO, (s, m, c, l) -> l.is(s, VIDEO) && paid(m)),
            new ChannelRule("Display", ChannelGroup.DISPLAY, (s, m, c, l) -> DISPLAY_MEDIA.contains(m)),
            new ChannelRule("Paid Other", ChannelGroup.PAID_OTHER, (s, m, c, l) -> paid(m)),
            new ChannelRule(
                    "Organic Shopping",
                    ChannelGroup.ORGANIC_SHOPPING,
                    (s, m, c, l) -> l.is(s, SHOPPING) || shopCampaign(c)),
            new ChannelRule(
                    "Organic Social",
                    ChannelGroup.ORGANIC_SOCIAL,
                    (s, m, c, l) -> l.is(s, SOCIAL) || SOCIAL_MEDIA.contains(m)),
            new ChannelRule(
                    "Organic Video", ChannelGroup.ORGANIC_VIDEO, (s, m, c, l) -> l.is(s, VIDEO) || m.contains("video")),
            new ChannelRule(
                    "Organic Search",
                    ChannelGroup.ORGANIC_SEARCH,
                    (s, m, c, l) -> l.is(s, SEARCH) || m.equals("organic")),
            new ChannelRule("Referral", ChannelGroup.REFERRAL, (s, m, c, l) -> REFERRAL_MEDIA.contains(m)),
            new ChannelRule("Email", ChannelGroup.EMAIL, (s, m, c, l) -> EMAIL.contains(s) || EMAIL.contains(m)),
            new ChannelRule("Affiliates", ChannelGroup.AFFILIATES, (s, m, c, l) -> m.equals("affiliate")),
            new ChannelRule("Audio", ChannelGroup.AUDIO, (s, m, c, l) -> m.equals("audio")),
            new ChannelRule("SMS", ChannelGroup.SMS, (s, m, c, l) -> s.equals("sms") || m.equals("sms")),
            new ChannelRule(
                    "Mobile Push Notifications",
                    ChannelGroup.MOBILE_PUSH_NOTIFICATIONS,
                    (s, m, c, l) -> m.endsWith("push")
                            || m.contains("mobile")
                            || m.contains("notification")
                            || s.equals("firebase")));

    private Ga4ChannelRules() {}

    /**
     * Returns the rule table as worded after Google's 2023-11 revision.
     *
     * @return the 18 rules, in evaluation order (unmodifiable)
     */
    public static List<ChannelRule> v2023() {
        return V2023;
    }

    /**
     * Tells whether a lower-cased medium is a paid medium ({@code ^(.*cp.*|ppc|retargeting|paid.*)$}).
     *
     * @param medium the lower-cased medium
     * @return {@code true} for {@code cpc}, {@code cpm}, {@code ppc}, {@code paid_social}, ...
     */
    public static boolean paid(String medium) {
        return PAID.matcher(medium).matches();
    }

    /**
     * Tells whether a lower-cased campaign name marks a shopping campaign ({@code
     * ^(.*(([^a-df-z]|^)shop|shopping).*)$}): {@code shop} at the start or after a non-letter or an
     * {@code e} ({@code summer_shop}, {@code eshop}), or {@code shopping} anywhere; not {@code
     * workshop}.
     *
     * @param campaign the lower-cased campaign name
     * @return {@code true} on a match
     */
    public static boolean shopCampaign(String campaign) {
        return SHOP_CAMPAIGN.matcher(campaign).matches();
    }
}
