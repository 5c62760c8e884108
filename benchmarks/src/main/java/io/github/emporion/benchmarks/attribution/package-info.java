/** JMH benchmarks of channel attribution over path-count files. */
@NullMarked
package io.github.emporion.benchmarks.attribution;

import org.jspecify.annotations.NullMarked;
