package ir.khabar.core.understand.entities;

/**
 * A word of the input with its place in it (UTF-16 offsets, end exclusive) and its folded form, the
 * form every comparison uses (letters unified, ZWNJ and marks gone).
 */
record Token(int start, int end, String text, String key) {}
