/**
 * The Jackson module for Emporion's core and metrics types, and the JSON KPI API.
 */
@NullMarked
package io.github.emporion.jackson;

import org.jspecify.annotations.NullMarked;
