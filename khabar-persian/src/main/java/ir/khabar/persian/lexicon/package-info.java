/**
 * The word lists Khabar ships (hazm, shekar, Lilak and its own) and the readings built on them:
 * hamza spellings, whether a word ending in -های is a plural or an indefinite (X-های or Xه-ای). May
 * import ir.khabar.persian.text.
 */
package ir.khabar.persian.lexicon;
