/** The word lists Khabar ships (hazm, shekar, Lilak and its own) and the readings built on them: hamza spellings, plural or indefinite  X‌های (plural) or Xه‌ای (indefinite). May import ir.khabar.persian.text. */
package ir.khabar.persian.lexicon;
