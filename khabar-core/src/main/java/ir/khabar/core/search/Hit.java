package ir.khabar.core.search;

import ir.khabar.core.Article;

/**
 * One search hit: the article standing for its story, a snippet with matches marked by {@code
 * <mark>}, its score, and how many other versions of the story are stored ("N more from other
 * agencies").
 */
public record Hit(Article article, String snippet, float score, int moreInStory) {}
