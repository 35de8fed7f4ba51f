/**
 * The search API the rest of Khabar uses (SearchEngine, SearchRequest, SearchResult, Hit); it
 * imports only the core's article model and stories, never an engine or {@code core.search.engine}.
 */
package ir.khabar.core.search;
