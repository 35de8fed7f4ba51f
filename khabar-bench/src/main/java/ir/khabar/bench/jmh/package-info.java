/** JMH microbenchmarks of the analysis and the pipeline's stages. */
package ir.khabar.bench.jmh;
