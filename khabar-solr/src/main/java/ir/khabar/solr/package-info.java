/**
 * The SolrCloud engine, {@code core.search.engine} translated to Solr requests and a configset; it
 * may import core.search and core.search.engine, never the Lucene engine (core.index).
 */
package ir.khabar.solr;
