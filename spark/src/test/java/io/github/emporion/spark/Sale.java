package io.github.emporion.spark;

import java.math.BigDecimal;

/** Test input bean for the typed Dataset API. */
public final class Sale {
    private String channel = "";
    private BigDecimal amount = BigDecimal.ZERO;

    public Sale() {}

    static Sale of(String channel, BigDecimal amount) {
        Sale sale = new Sale();
        sale.channel = channel;
        sale.amount = amount;
        return sale;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
