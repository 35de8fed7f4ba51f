/**
 * The app's SQL store (comments, views, settings) over Hikari and Flyway, on SQLite or PostgreSQL.
 * Imports nothing of Khabar outside ir.khabar.app.store.
 */
package ir.khabar.app.store;
