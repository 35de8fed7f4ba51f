/**
 * The records that move forward through the pipeline (Article, Entity, Event, Comment, Source) and
 * their JSON. May import ir.khabar.persian only.
 */
package ir.khabar.core;
