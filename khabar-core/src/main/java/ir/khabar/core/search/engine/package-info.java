/**
 * What every engine shares, written once (the query factory, the field layout and its kinds, orders
 * and tie-breaks, snippet rules, feedback, story collapse and AbstractSearchEngine); it may import
 * core.search, the core's model (articles, stories, sources, entities), Lucene's analysis and query
 * classes and khabar-persian, never an engine package.
 */
package ir.khabar.core.search.engine;
