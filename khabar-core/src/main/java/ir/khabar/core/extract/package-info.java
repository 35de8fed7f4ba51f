/**
 * The extract stage: one page, text or JSON record in, one clean Article out (body without the
 * site's furniture, source, Jalali date, comments). May import ir.khabar.core and
 * ir.khabar.persian.
 */
package ir.khabar.core.extract;
