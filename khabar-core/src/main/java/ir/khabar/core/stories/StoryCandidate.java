package ir.khabar.core.stories;

/**
 * An article already stored that may belong to the same story: its id, its story, its fingerprint.
 */
public record StoryCandidate(String id, String story, Fingerprint fingerprint) {}
