/**
 * Dating an article from what its page and URL say. May import ir.khabar.core and
 * ir.khabar.persian.date.
 */
package ir.khabar.core.extract.dates;
