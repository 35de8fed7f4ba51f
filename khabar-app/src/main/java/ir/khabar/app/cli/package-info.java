/**
 * One picocli command per verb of ./khabar; each parses its options and calls the core. May import
 * every Khabar module.
 */
package ir.khabar.app.cli;
