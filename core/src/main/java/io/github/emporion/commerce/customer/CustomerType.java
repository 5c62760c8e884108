package io.github.emporion.commerce.customer;

/** Whether a customer buys as a private person or as a business. */
public enum CustomerType {
    /** Business to consumer: a private person (consumer protection and withdrawal rights apply). */
    B2C,
    /** Business to business: a company buying for its trade. */
    B2B
}
