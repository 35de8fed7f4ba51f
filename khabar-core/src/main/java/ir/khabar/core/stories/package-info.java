/**
 * The stories stage: fingerprints of an article's text and the rule that puts the same story from
 * several agencies together. May import ir.khabar.core and ir.khabar.persian.
 */
package ir.khabar.core.stories;
