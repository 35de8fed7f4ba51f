/**
 * What the pipeline reads: inputs (files, folders, fetched pages) within size limits, each read
 * into articles, rejections and skips. May import ir.khabar.core, ir.khabar.core.extract and
 * ir.khabar.persian.
 */
package ir.khabar.core.ingest;
