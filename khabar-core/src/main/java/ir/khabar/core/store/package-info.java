/**
 * The one SQL store of core and app (SQLite or PostgreSQL, every table made by Flyway migrations).
 * Imports nothing of Khabar.
 */
package ir.khabar.core.store;
