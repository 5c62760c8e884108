/**
 * Exact money handling on top of JSR 354 ({@code javax.money}): currency checks, rounding to a
 * currency's minor units and allocation that never loses or invents a minor unit.
 */
@NullMarked
package io.github.emporion.money;

import org.jspecify.annotations.NullMarked;
