/**
 * Lucene analysis for Persian: one char filter or token filter per transformation (folding,
 * spacing, stopwords, guarded stemming, spelling), their SPI factories, and the analyzers built
 * from them. May import ir.khabar.persian.lexicon and ir.khabar.persian.text.
 */
package ir.khabar.persian.analysis;
