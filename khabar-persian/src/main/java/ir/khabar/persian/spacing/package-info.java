/**
 * Restoring the half-space (ZWNJ) a writer left out or spaced, for display. May import
 * ir.khabar.persian.lexicon and ir.khabar.persian.text.
 */
package ir.khabar.persian.spacing;
