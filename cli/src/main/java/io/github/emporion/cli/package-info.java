/** The {@code emporion} command-line program. */
@NullMarked
package io.github.emporion.cli;

import org.jspecify.annotations.NullMarked;
