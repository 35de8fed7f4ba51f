package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.store.ReaderComment;
import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Page;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Moderation behind the login: the queue of pending comments, approve, reject. */
final class AdminPages {
  private static final int QUEUE = 100;
  private final Site site;

  AdminPages(Site site) {
    this.site = site;
  }

  void loginForm(Context ctx) {
    if (site.admin().hasSession(ctx)) {
      ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER);
      return;
    }
    site.render(ctx, "admin/login.jte", new Views.Login(page(ctx, "ورود مدیر"), null));
  }

  void logIn(Context ctx) {
    site.csrf().check(ctx);
    if (site.admin().logIn(ctx, site.visitors().address(ctx), ctx.formParam("password"))) {
      ctx.redirect("/admin/comments", HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(401);
    site.render(
        ctx, "admin/login.jte", new Views.Login(page(ctx, "ورود مدیر"), "گذرواژه درست نیست."));
  }

  void logOut(Context ctx) {
    site.csrf().check(ctx);
    site.admin().logOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** Sends the visitor to the login form unless logged in; true when the page may be shown. */
  boolean requireSession(Context ctx) {
    if (site.admin().hasSession(ctx)) {
      return true;
    }
    ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    return false;
  }

  void queue(Context ctx) throws IOException {
    if (!requireSession(ctx)) {
      return;
    }
    List<Views.PendingComment> pending = new ArrayList<>();
    for (ReaderComment c : site.comments().withStatus(Status.PENDING, QUEUE)) {
      String title = site.engine().get(c.articleId()).map(Article::title).orElse(c.articleId());
      pending.add(
          new Views.PendingComment(
              c.id(),
              c.articleId(),
              title,
              c.name(),
              c.email(),
              c.text(),
              Fa.dateTime(c.created())));
    }
    String notice =
        switch (String.valueOf(ctx.queryParam("done"))) {
          case "approved" -> "نظر تأیید و منتشر شد.";
          case "rejected" -> "نظر رد شد.";
          default -> null;
        };
    site.render(
        ctx,
        "admin/comments.jte",
        new Views.Moderation(
            page(ctx, "بررسی نظرها"),
            pending,
            Fa.number(site.comments().count(Status.PENDING)),
            Fa.number(site.comments().count(Status.APPROVED)),
            Fa.number(site.comments().count(Status.REJECTED)),
            notice));
  }

  void decide(Context ctx, Status decision) {
    if (!requireSession(ctx)) {
      return;
    }
    site.csrf().check(ctx);
    if (!site.comments().decide(commentId(ctx), decision, site.clock().instant())) {
      throw new NotFoundResponse("این نظر پیدا نشد.");
    }
    ctx.redirect(
        "/admin/comments?done=" + decision.name().toLowerCase(Locale.ROOT), HttpStatus.SEE_OTHER);
  }

  static long commentId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("این نظر پیدا نشد.");
    }
  }

  private Page page(Context ctx, String title) {
    return site.formPage(ctx, title, "");
  }
}
