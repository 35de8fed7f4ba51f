/**
 * The embedded Lucene engine: {@code core.search.engine} translated to an index on disk; it may
 * import core.search and core.search.engine, and only the places that open an index (commands,
 * benchmarks, tests) import it.
 */
package ir.khabar.core.index;
