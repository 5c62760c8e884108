/**
 * A small report model (sections of tables and charts) and its writers: one self-contained HTML
 * file with inline SVG charts, JSON and CSV. Every number is kept twice, as exact value and as
 * localised text, so the HTML, the JSON and the CSV always carry the same figures.
 */
@NullMarked
package io.github.emporion.cli.report;

import org.jspecify.annotations.NullMarked;
