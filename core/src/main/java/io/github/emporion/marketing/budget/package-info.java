/**
 * Plan versus actual: a {@link io.github.emporion.marketing.budget.MarketingBudget} (planned spend
 * per channel or campaign per month against actual spend, with pacing) and a {@link
 * io.github.emporion.marketing.budget.SalesPlan} (planned sales, expenses and profit per month
 * against actuals). Months are calendar months in an explicit {@link java.time.ZoneId}; periods are
 * half-open {@code [from, to)}.
 */
@NullMarked
package io.github.emporion.marketing.budget;

import org.jspecify.annotations.NullMarked;
