/**
 * ./khabar bench: Khabar against stock Lucene, and the embedded engine against SolrCloud, on the
 * same articles. May import ir.khabar.core.
 */
package ir.khabar.bench;
