/**
 * A local SolrCloud for development and tests: embedded ZooKeeper, nodes, Khabar's configset. May
 * import ir.khabar.solr.
 */
package ir.khabar.solr.cluster;
