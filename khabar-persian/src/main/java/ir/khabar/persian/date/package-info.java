/**
 * The Jalali calendar as news writes it: finding and resolving dates in Persian text and naming
 * days and months. Imports nothing of Khabar.
 */
package ir.khabar.persian.date;
