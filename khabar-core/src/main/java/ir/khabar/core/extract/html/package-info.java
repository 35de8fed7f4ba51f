/**
 * Reading an HTML page with jsoup: its metadata, main content and comments. May import
 * ir.khabar.core and ir.khabar.core.extract.
 */
package ir.khabar.core.extract.html;
