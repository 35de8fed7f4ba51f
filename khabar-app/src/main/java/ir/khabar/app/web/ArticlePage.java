package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.store.CommentStore;
import ir.khabar.app.web.view.Cards;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import ir.khabar.core.Comment;
import ir.khabar.core.Event;
import ir.khabar.core.extract.Categories;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** An article as readers see it, with related news, comments, and the comment form. */
final class ArticlePage {
  static final int RELATED = 6;
  private final Site site;

  ArticlePage(Site site) {
    this.site = site;
  }

  void show(Context ctx) throws IOException {
    Article a = article(ctx);
    countView(ctx, a.id());
    boolean held = "held".equals(ctx.queryParam("comment"));
    Views.CommentForm form =
        new Views.CommentForm("", "", "", List.of(), held, CommentIntake.MAX_TEXT);
    render(ctx, a, form);
  }

  /**
   * The form's POST: held for moderation (then back to the article), or the form again with the
   * reasons.
   */
  void comment(Context ctx) throws IOException {
    site.csrf().check(ctx);
    Article a = article(ctx);
    CommentIntake.Submission s =
        new CommentIntake.Submission(
            ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("text"));
    CommentIntake.Outcome o = site.intake().submit(a.id(), s, site.visitors().address(ctx));
    if (o.held()) {
      ctx.redirect(
          "/a/" + SearchParams.enc(a.id()) + "?comment=held#comments", HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(o.status());
    render(
        ctx,
        a,
        new Views.CommentForm(
            s.name(), s.email(), s.text(), o.errors(), false, CommentIntake.MAX_TEXT));
  }

  /**
   * Counts the view; a count that fails (the database busy or away) is reported, never the page's
   * failure.
   */
  void countView(Context ctx, String id) {
    if (site.visitors().isBot(ctx)) {
      return;
    }
    try {
      site.views()
          .record(
              id,
              site.visitors().visitor(ctx, site.today()),
              site.visitors().address(ctx),
              site.today());
    } catch (RuntimeException e) {
      System.err.println("view of " + id + " not counted: " + e.getMessage());
    }
  }

  private Article article(Context ctx) throws IOException {
    return site.engine()
        .get(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFoundResponse("این خبر پیدا نشد."));
  }

  private void render(Context ctx, Article a, Views.CommentForm form) throws IOException {
    Instant now = site.clock().instant();
    CommentStore.Counts counts = site.comments().counts(a.id());
    List<Article> story = a.story() == null ? List.of() : site.engine().story(a.story());
    String storyHref = story.size() > 1 ? "/story/" + SearchParams.enc(a.story()) : null;
    String storyText = "این رویداد در " + Fa.number(story.size()) + " خبر از منابع مختلف";
    String description = a.lead().isEmpty() ? "" : a.lead();
    site.render(
        ctx,
        "article.jte",
        new Views.Article(
            site.formPage(ctx, a.title(), description),
            a.id(),
            a.title(),
            a.lead(),
            a.body(),
            a.source().name(),
            a.source().id(),
            webAddress(a.url()),
            Fa.dateTime(a.published(), a.publishedDayOnly()),
            Fa.ago(a.published(), a.publishedDayOnly(), now),
            Fa.iso(a.published(), a.publishedDayOnly()),
            Categories.label(a.category()),
            a.tags(),
            storyHref,
            storyText,
            site.engine().related(a.id(), RELATED).stream().map(r -> Cards.of(r, now)).toList(),
            a.comments().stream().map(ArticlePage::sourceComment).toList(),
            site.comments().approved(a.id()).stream()
                .map(
                    c ->
                        new Views.ReaderCommentView(
                            c.name(), Fa.dateTime(c.created()), Fa.ago(c.created(), now), c.text()))
                .toList(),
            Fa.number(counts.published()),
            Fa.number(counts.pending()),
            form,
            a.entities().stream()
                .filter(e -> e.mentions() > 0)
                .limit(20)
                .map(
                    e -> new Views.EntityLink(e.id(), e.name(), EntityPages.typeName(e.type()), ""))
                .toList(),
            a.events().stream()
                .filter(Event::isEncounter)
                .map(e -> EntityPages.view(e, a))
                .toList()));
  }

  /**
   * The original's address when it is a web address; anything else (javascript:, data:) is not
   * linked.
   */
  private static String webAddress(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
  }

  private static Views.SourceComment sourceComment(Comment c) {
    return new Views.SourceComment(
        c.author() == null ? "" : c.author(),
        c.country() == null ? "" : c.country(),
        Fa.dateTime(c.published()),
        c.text());
  }
}
