/**
 * The pipeline in one class: inputs read, understood, grouped into stories and stored, on one
 * long-lived pool, with a report per run. May import every stage package of ir.khabar.core.
 */
package ir.khabar.core.pipeline;
