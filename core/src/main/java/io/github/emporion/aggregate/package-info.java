/**
 * The one aggregation contract that KPIs, attribution and customer summaries share: an {@link
 * io.github.emporion.aggregate.Accumulator} starts empty, takes rows one at a time, merges with
 * another of its kind and produces a result, so the same code runs in a loop, a parallel stream or
 * a distributed engine.
 */
@NullMarked
package io.github.emporion.aggregate;

import org.jspecify.annotations.NullMarked;
