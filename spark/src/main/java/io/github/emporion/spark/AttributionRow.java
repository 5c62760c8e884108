package io.github.emporion.spark;

import io.github.emporion.metrics.attribution.AttributionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link AttributionResult} as a Java bean, the output of the attribution SQL functions:
 * {@code struct<channels: array<struct<channel, conversions, value>>, model: string, parameters:
 * map<string, string>, totalConversions: double, totalValue: double>}. {@link #toResult()} gives the
 * result object back.
 */
public final class AttributionRow {

    private String model = "";
    private Map<String, String> parameters = new LinkedHashMap<>();
    private List<CreditRow> channels = new ArrayList<>();
    private double totalConversions;
    private double totalValue;

    /** Creates an empty bean; for Spark's bean encoder. */
    public AttributionRow() {}

    /**
     * Copies a result.
     *
     * @param result the result
     * @return the bean
     */
    public static AttributionRow of(AttributionResult result) {
        AttributionRow row = new AttributionRow();
        row.model = result.model();
        row.parameters = new LinkedHashMap<>(result.parameters());
        row.channels =
                new ArrayList<>(result.channels().stream().map(CreditRow::of).toList());
        row.totalConversions = result.totalConversions();
        row.totalValue = result.totalValue();
        return row;
    }

    /**
     * Returns the result this bean holds.
     *
     * @return the result
     */
    public AttributionResult toResult() {
        return new AttributionResult(
                model, parameters, channels.stream().map(CreditRow::toCredit).toList(), totalConversions, totalValue);
    }

    /**
     * Returns the model's name.
     *
     * @return the name, e.g. {@code linear}
     */
    public String getModel() {
        return model;
    }

    /**
     * Sets the model's name.
     *
     * @param model the name
     */
    public void setModel(String model) {
        this.model = model;
    }

    /**
     * Returns the model's parameters.
     *
     * @return the parameters as text
     */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Sets the model's parameters.
     *
     * @param parameters the parameters
     */
    public void setParameters(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /**
     * Returns the credit per channel.
     *
     * @return the credits
     */
    public List<CreditRow> getChannels() {
        return channels;
    }

    /**
     * Sets the credit per channel.
     *
     * @param channels the credits
     */
    public void setChannels(List<CreditRow> channels) {
        this.channels = channels;
    }

    /**
     * Returns the conversions in the input.
     *
     * @return the total
     */
    public double getTotalConversions() {
        return totalConversions;
    }

    /**
     * Sets the conversions in the input.
     *
     * @param totalConversions the total
     */
    public void setTotalConversions(double totalConversions) {
        this.totalConversions = totalConversions;
    }

    /**
     * Returns the conversion value in the input.
     *
     * @return the total
     */
    public double getTotalValue() {
        return totalValue;
    }

    /**
     * Sets the conversion value in the input.
     *
     * @param totalValue the total
     */
    public void setTotalValue(double totalValue) {
        this.totalValue = totalValue;
    }
}
