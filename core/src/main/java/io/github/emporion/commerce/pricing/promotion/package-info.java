/** Promotions (what is discounted and how they stack) and coupon codes (who may use them, when). */
@NullMarked
package io.github.emporion.commerce.pricing.promotion;

import org.jspecify.annotations.NullMarked;
