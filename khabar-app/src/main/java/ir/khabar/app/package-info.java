/** The command-line entry point of Khabar. */
package ir.khabar.app;
