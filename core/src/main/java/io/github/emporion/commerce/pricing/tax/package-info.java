/** Tax rates per tax category and region. */
@NullMarked
package io.github.emporion.commerce.pricing.tax;

import org.jspecify.annotations.NullMarked;
