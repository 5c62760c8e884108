package io.github.emporion.marketing.traffic;

import io.github.emporion.marketing.channel.ChannelGroup;
import java.util.Objects;

/**
 * One row of a channel rule table: if its condition matches, the traffic belongs to its group.
 * Rules are evaluated in order and the first match wins (see {@link ChannelClassifier}).
 *
 * <pre>{@code
 * ChannelRule podcasts = new ChannelRule("Podcast audio", ChannelGroup.AUDIO,
 *         (source, medium, campaign, lists) -> medium.equals("podcast"));
 * }</pre>
 *
 * @param name a label for the rule, shown by {@link ChannelClassifier#firstMatch}
 * @param group the group the rule assigns
 * @param condition the test; it receives source, medium and campaign already trimmed and
 *     lower-cased
 */
public record ChannelRule(String name, ChannelGroup group, Condition condition) {

    /**
     * Validates the rule.
     *
     * @param name a label for the rule
     * @param group the group the rule assigns
     * @param condition the test
     */
    public ChannelRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(condition, "condition");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
    }

    /**
     * Tells whether the rule matches.
     *
     * @param source the lower-cased source
     * @param medium the lower-cased medium
     * @param campaign the lower-cased campaign name
     * @param lists the source-category list in force
     * @return {@code true} on a match
     */
    public boolean matches(String source, String medium, String campaign, SourceCategoryList lists) {
        return condition.test(source, medium, campaign, lists);
    }

    /** The test of a rule. Arguments arrive trimmed and lower-cased ({@link java.util.Locale#ROOT}). */
    @FunctionalInterface
    public interface Condition {
        /**
         * Tests one visit.
         *
         * @param source the source, e.g. {@code "google"}
         * @param medium the medium, e.g. {@code "cpc"}
         * @param campaign the campaign name, e.g. {@code "spring_sale"}
         * @param lists the source-category list in force
         * @return {@code true} on a match
         */
        boolean test(String source, String medium, String campaign, SourceCategoryList lists);
    }
}
