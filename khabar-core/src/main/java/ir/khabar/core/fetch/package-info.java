/**
 * The fetch stage: feeds and their pages, politely and safely (robots.txt per RFC 9309, internal
 * addresses refused, one deadline per response), kept as WARC and handed to the pipeline. May
 * import ir.khabar.core and its extract, ingest, pipeline, search and store packages.
 */
package ir.khabar.core.fetch;
