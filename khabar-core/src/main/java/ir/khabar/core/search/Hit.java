package ir.khabar.core.search;

import ir.khabar.core.Article;

/** One search hit: the article, a snippet with matches marked by {@code <mark>}, and its score. */
public record Hit(Article article, String snippet, float score) {}
