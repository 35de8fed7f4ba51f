/**
 * Recognising and linking people, places, countries and organisations with Khabar's gazetteer and
 * patterns. May import ir.khabar.core and ir.khabar.persian.
 */
package ir.khabar.core.understand.entities;
