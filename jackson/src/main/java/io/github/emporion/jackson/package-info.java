/**
 * The Jackson module for Emporion's core and metrics types, and the JSON KPI API.
 *
 * <p>{@link io.github.emporion.jackson.EmporionModule} is the entry point and documents every JSON
 * form. Inside it, {@code RecordCodec} maps every record generically. Each class that is not a
 * record (and each record whose form is not the generic one) has an {@code ObjectForm}, kept in the
 * codec file of its area ({@code ValueClassCodecs}, {@code PricingCodecs}, {@code OrderCodecs},
 * {@code ContactDetailsCodec}, {@code ClvCodecs}, {@code AttributionCodecs}, {@code
 * MarketingCodecs}): its property names, how its parts are written and which public factories read
 * it back; one generic serializer and deserializer turn every form into a codec, with the same
 * checks and error messages. The few forms that are not an object of fixed properties have codecs of
 * their own: money, a currency (its code), a {@code SourceCategoryList} (one object from source to
 * category) and a {@code KpiBreakdown} (generic in its key and summary types, {@code
 * BreakdownCodec}).
 */
@NullMarked
package io.github.emporion.jackson;

import org.jspecify.annotations.NullMarked;
