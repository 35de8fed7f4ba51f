/**
 * The understand stage: the people, places, organisations and events an article names. May import
 * ir.khabar.core and ir.khabar.persian.
 */
package ir.khabar.core.understand;
