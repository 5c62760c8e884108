package io.github.emporion.spark;

import io.github.emporion.metrics.attribution.ChannelCredit;

/**
 * One channel's credit as a Java bean, the element of {@link AttributionRow#getChannels()}: how an
 * attribution result looks in a Spark column ({@code struct<channel: string, conversions: double,
 * value: double>}).
 */
public final class CreditRow {

    private String channel = "";
    private double conversions;
    private double value;

    /** Creates an empty bean; for Spark's bean encoder. */
    public CreditRow() {}

    /**
     * Copies a channel credit.
     *
     * @param credit the credit
     * @return the bean
     */
    public static CreditRow of(ChannelCredit credit) {
        CreditRow row = new CreditRow();
        row.channel = credit.channel();
        row.conversions = credit.conversions();
        row.value = credit.value();
        return row;
    }

    /**
     * Returns the channel credit this bean holds.
     *
     * @return the credit
     */
    public ChannelCredit toCredit() {
        return new ChannelCredit(channel, conversions, value);
    }

    /**
     * Returns the channel name.
     *
     * @return the channel
     */
    public String getChannel() {
        return channel;
    }

    /**
     * Sets the channel name.
     *
     * @param channel the channel
     */
    public void setChannel(String channel) {
        this.channel = channel;
    }

    /**
     * Returns the credited conversions.
     *
     * @return the conversions
     */
    public double getConversions() {
        return conversions;
    }

    /**
     * Sets the credited conversions.
     *
     * @param conversions the conversions
     */
    public void setConversions(double conversions) {
        this.conversions = conversions;
    }

    /**
     * Returns the credited conversion value.
     *
     * @return the value
     */
    public double getValue() {
        return value;
    }

    /**
     * Sets the credited conversion value.
     *
     * @param value the value
     */
    public void setValue(double value) {
        this.value = value;
    }
}
