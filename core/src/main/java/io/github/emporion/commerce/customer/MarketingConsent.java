package io.github.emporion.commerce.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's marketing consent per channel, kept as the full history of grants and withdrawals
 * (GDPR asks for proof of when and how consent was given, not just the current flag).
 *
 * <p>Rules: without any record a channel is <em>not</em> consented (opt-in); the latest record of
 * a channel decides; the records of one channel are in time order, so a decision dated before the
 * channel's latest one is refused. Granting twice or withdrawing without a grant is allowed and
 * recorded (a re-confirmation is evidence too).
 *
 * <p>Example: grant EMAIL on 1 March, withdraw EMAIL on 5 March: {@code isGranted(EMAIL)} is false,
 * {@code isGrantedAt(EMAIL, 3 March)} is true, {@code isGranted(SMS)} is false.
 *
 * <p>This record is immutable and thread-safe; changes return a new value.
 *
 * @param history every decision, in the order recorded
 */
public record MarketingConsent(List<ConsentRecord> history) {
    private static final MarketingConsent NONE = new MarketingConsent(List.of());

    /**
     * Validates the history.
     *
     * @throws IllegalArgumentException if, within one channel, a record is dated before the previous
     *     one
     */
    public MarketingConsent {
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Map<ConsentChannel, Instant> last = new EnumMap<>(ConsentChannel.class);
        for (int i = 0; i < history.size(); i++) {
            ConsentRecord r = history.get(i);
            Instant previous = last.get(r.channel());
            if (previous != null && r.at().isBefore(previous)) {
                throw new IllegalArgumentException("history[" + i + "].at " + r.at() + " is before the previous "
                        + r.channel() + " decision at " + previous + ": decisions per channel must be in time order");
            }
            last.put(r.channel(), r.at());
        }
    }

    /**
     * Returns consent with no decisions: nothing is consented.
     *
     * @return the empty consent
     */
    public static MarketingConsent none() {
        return NONE;
    }

    /**
     * Records a grant.
     *
     * @param channel the channel
     * @param at when consent was given; not before the channel's latest decision
     * @param source where it was given, e.g. {@code "newsletter-form"}
     * @return the new consent; this one is unchanged
     * @throws IllegalArgumentException if {@code at} is before the channel's latest decision
     */
    public MarketingConsent grant(ConsentChannel channel, Instant at, String source) {
        return with(new ConsentRecord(channel, true, at, source));
    }

    /**
     * Records a withdrawal.
     *
     * @param channel the channel
     * @param at when consent was withdrawn; not before the channel's latest decision
     * @param source where it was withdrawn, e.g. {@code "unsubscribe-link"}
     * @return the new consent; this one is unchanged
     * @throws IllegalArgumentException if {@code at} is before the channel's latest decision
     */
    public MarketingConsent withdraw(ConsentChannel channel, Instant at, String source) {
        return with(new ConsentRecord(channel, false, at, source));
    }

    private MarketingConsent with(ConsentRecord decision) {
        List<ConsentRecord> next = new ArrayList<>(history);
        next.add(decision);
        return new MarketingConsent(next);
    }

    /**
     * Tells whether consent for the channel is currently granted.
     *
     * @param channel the channel
     * @return true if the channel's latest decision is a grant
     */
    public boolean isGranted(ConsentChannel channel) {
        return latest(channel).map(ConsentRecord::granted).orElse(false);
    }

    /**
     * Tells whether consent for the channel was granted at an instant: the latest decision at or
     * before {@code at} decides.
     *
     * @param channel the channel
     * @param at the instant to look at
     * @return true if the channel's latest decision at or before {@code at} is a grant
     */
    public boolean isGrantedAt(ConsentChannel channel, Instant at) {
        Objects.requireNonNull(at, "at");
        boolean granted = false;
        for (ConsentRecord r : history(channel)) {
            if (!r.at().isAfter(at)) {
                granted = r.granted();
            }
        }
        return granted;
    }

    /**
     * Returns the latest decision for a channel.
     *
     * @param channel the channel
     * @return the latest decision, if any
     */
    public Optional<ConsentRecord> latest(ConsentChannel channel) {
        List<ConsentRecord> own = history(channel);
        return own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
    }

    /**
     * Returns the decisions for one channel, in time order.
     *
     * @param channel the channel
     * @return the channel's decisions
     */
    public List<ConsentRecord> history(ConsentChannel channel) {
        Objects.requireNonNull(channel, "channel");
        return history.stream().filter(r -> r.channel() == channel).toList();
    }
}
