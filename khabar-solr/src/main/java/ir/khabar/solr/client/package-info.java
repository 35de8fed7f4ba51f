/**
 * A SolrJ CloudSolrClient over the JDK's HttpClient (SolrJ's own needs Jetty 10). Imports nothing
 * of Khabar.
 */
package ir.khabar.solr.client;
