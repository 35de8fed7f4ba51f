/**
 * Exports of search results and of their events as CSV (UTF-8 with a byte-order mark, so
 * spreadsheets read Persian) or JSON lines, streamed page by page from the engine: shared by the
 * web API and {@code khabar search --format}.
 */
package ir.khabar.app.export;
