package io.github.emporion.marketing.traffic;

import io.github.emporion.marketing.channel.ChannelGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies source / medium / campaign into a {@link ChannelGroup} with an ordered rule table:
 * the first matching rule wins, no match gives {@link ChannelGroup#UNASSIGNED}. Matching is
 * case-insensitive (inputs are trimmed and lower-cased with {@link Locale#ROOT} before the rules see
 * them; a blank value is read as {@code (not set)}). Immutable and thread-safe.
 *
 * <pre>{@code
 * ChannelClassifier ga4 = ChannelClassifier.ga4();
 * ga4.classify("google", "cpc", "brand");            // PAID_SEARCH
 * ga4.classify("m.facebook.com", "referral", "");    // ORGANIC_SOCIAL (social list beats Referral)
 * ChannelClassifier mine = ga4
 *         .withRulesFirst(List.of(new ChannelRule("Podcasts", ChannelGroup.AUDIO,
 *                 (s, m, c, l) -> m.equals("podcast"))))
 *         .withSourceCategories(SourceCategoryList.curated().with("x.com", SourceCategory.SOCIAL));
 * }</pre>
 */
public final class ChannelClassifier {

    private static final ChannelClassifier GA4 =
            new ChannelClassifier(Ga4ChannelRules.v2023(), SourceCategoryList.curated());

    private final List<ChannelRule> rules;
    private final SourceCategoryList sourceCategories;

    private ChannelClassifier(List<ChannelRule> rules, SourceCategoryList sourceCategories) {
        this.rules = List.copyOf(rules);
        this.sourceCategories = sourceCategories;
    }

    /**
     * Returns the default classifier: {@link Ga4ChannelRules#v2023()} with {@link
     * SourceCategoryList#curated()}.
     *
     * @return the GA4 classifier
     */
    public static ChannelClassifier ga4() {
        return GA4;
    }

    /**
     * Creates a classifier from any rule table and source list.
     *
     * @param rules the rules in evaluation order
     * @param sourceCategories the source-category list
     * @return the classifier
     */
    public static ChannelClassifier of(List<ChannelRule> rules, SourceCategoryList sourceCategories) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sourceCategories, "sourceCategories");
        return new ChannelClassifier(rules, sourceCategories);
    }

    /**
     * Returns a copy whose rule table is replaced.
     *
     * @param newRules the rules in evaluation order
     * @return the copy
     */
    public ChannelClassifier withRules(List<ChannelRule> newRules) {
        return of(newRules, sourceCategories);
    }

    /**
     * Returns a copy that evaluates {@code extraRules} before the current rules, so they take
     * precedence.
     *
     * @param extraRules the rules to put first, in order
     * @return the copy
     */
    public ChannelClassifier withRulesFirst(List<ChannelRule> extraRules) {
        List<ChannelRule> all = new ArrayList<>(extraRules);
        all.addAll(rules);
        return of(all, sourceCategories);
    }

    /**
     * Returns a copy that evaluates {@code extraRules} after the current rules, just before falling
     * back to Unassigned.
     *
     * @param extraRules the rules to append, in order
     * @return the copy
     */
    public ChannelClassifier withRulesLast(List<ChannelRule> extraRules) {
        List<ChannelRule> all = new ArrayList<>(rules);
        all.addAll(extraRules);
        return of(all, sourceCategories);
    }

    /**
     * Returns a copy with another source-category list.
     *
     * @param newSourceCategories the list
     * @return the copy
     */
    public ChannelClassifier withSourceCategories(SourceCategoryList newSourceCategories) {
        return of(rules, newSourceCategories);
    }

    /**
     * Returns the rules in evaluation order.
     *
     * @return the rules (unmodifiable)
     */
    public List<ChannelRule> rules() {
        return rules;
    }

    /**
     * Returns the source-category list.
     *
     * @return the list
     */
    public SourceCategoryList sourceCategories() {
        return sourceCategories;
    }

    /**
     * Classifies one visit.
     *
     * @param source the source, any case
     * @param medium the medium, any case
     * @param campaign the campaign name, any case
     * @return the group of the first matching rule, or {@link ChannelGroup#UNASSIGNED}
     */
    public ChannelGroup classify(String source, String medium, String campaign) {
        return firstMatch(source, medium, campaign).map(ChannelRule::group).orElse(ChannelGroup.UNASSIGNED);
    }

    /**
     * Classifies a parsed visit by its source, medium and campaign.
     *
     * @param traffic the visit
     * @return the group
     */
    public ChannelGroup classify(TrafficSource traffic) {
        return classify(traffic.source(), traffic.medium(), traffic.campaign());
    }

    /**
     * Classifies a parsed visit, using the Google Ads network type for auto-tagged ({@code gclid})
     * traffic as GA4 does: for such a visit the network's group wins over the rule table. Other
     * visits are classified by the rule table.
     *
     * @param traffic the visit
     * @param adNetwork the Ads network the click came from
     * @return the group
     */
    public ChannelGroup classify(TrafficSource traffic, AdNetworkType adNetwork) {
        Objects.requireNonNull(adNetwork, "adNetwork");
        if (traffic.origin() == TrafficOrigin.AUTO_TAGGED && traffic.clickIds().containsKey(ClickId.GCLID)) {
            return adNetwork.group();
        }
        return classify(traffic);
    }

    /**
     * Returns the rule that classifies a visit, to explain a classification.
     *
     * @param source the source, any case
     * @param medium the medium, any case
     * @param campaign the campaign name, any case
     * @return the first matching rule, or empty for Unassigned
     */
    public Optional<ChannelRule> firstMatch(String source, String medium, String campaign) {
        String s = normalise(Objects.requireNonNull(source, "source"));
        String m = normalise(Objects.requireNonNull(medium, "medium"));
        String c = normalise(Objects.requireNonNull(campaign, "campaign"));
        for (ChannelRule rule : rules) {
            if (rule.matches(s, m, c, sourceCategories)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty() ? "(not set)" : v;
    }
}
