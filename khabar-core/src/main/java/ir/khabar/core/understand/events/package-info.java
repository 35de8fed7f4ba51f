/**
 * Meetings, talks, visits and agreements between the entities an article names, with their place,
 * date and topic. May import ir.khabar.core, ir.khabar.core.understand and ir.khabar.persian.
 */
package ir.khabar.core.understand.events;
