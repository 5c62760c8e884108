/** Runnable teaching examples: each class has a {@code main} and explains itself in its Javadoc. */
package io.github.emporion.examples;
