/**
 * Persian text for search and display: the one entry point {@link ir.khabar.persian.PersianText}
 * over the analysis, lexicon, spacing and text packages. Imports nothing of Khabar outside
 * ir.khabar.persian.
 */
package ir.khabar.persian;
