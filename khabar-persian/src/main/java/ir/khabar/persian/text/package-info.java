/**
 * Character-level Persian text: folding, digits, presentation forms, the search form of a word.
 * Imports nothing of Khabar.
 */
package ir.khabar.persian.text;
