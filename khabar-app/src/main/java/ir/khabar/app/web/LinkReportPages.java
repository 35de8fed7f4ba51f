package ir.khabar.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.store.LinkReport;
import ir.khabar.app.store.LinkReport.Status;
import ir.khabar.app.store.LinkReports;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.Article;
import ir.khabar.core.Entity;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wrong links reported by readers from an entity's page («این خبر دربارهٔ این شخص نیست»), held for
 * a moderator in /admin, who confirms or dismisses them; confirmed ones apply on the next reindex.
 * Reports are limited per address as comments are.
 */
final class LinkReportPages {
  static final int MAX_NOTE = 500;
  private static final int QUEUE = 100;
  private final Site site;
  private final LinkReports reports;
  private final int perWindow;
  private final Duration window;

  LinkReportPages(Site site, LinkReports reports, int perWindow, Duration window) {
    this.site = site;
    this.reports = reports;
    this.perWindow = perWindow;
    this.window = window;
  }

  /** {@code POST /entity/{id}/report}: article and an optional note; back to the page. */
  void report(Context ctx) throws IOException {
    site.csrf().check(ctx);
    String id = ctx.pathParam("id");
    String articleId = ctx.formParam("article");
    Entity entity =
        article(articleId)
            .flatMap(a -> a.entities().stream().filter(e -> e.id().equals(id)).findFirst())
            .orElseThrow(() -> new BadRequestResponse("این خبر این نام را در بر ندارد."));
    String note = ctx.formParam("note") == null ? "" : ctx.formParam("note").strip();
    if (note.length() > MAX_NOTE) {
      throw new BadRequestResponse("توضیح حداکثر " + Fa.number(MAX_NOTE) + " نویسه است.");
    }
    submit(articleId, entity, note, site.visitors().address(ctx));
    ctx.redirect("/entity/" + SearchParams.enc(id) + "?report=held#report", HttpStatus.SEE_OTHER);
  }

  /** Checks the address's recent count and stores in one step, so a burst cannot pass the limit. */
  private synchronized void submit(String articleId, Entity entity, String note, String address) {
    Instant now = site.clock().instant();
    if (reports.submittedSince(address, now.minus(window)) >= perWindow) {
      throw new HttpResponseException(429, CommentIntake.limitReached(window, perWindow, "گزارش"));
    }
    reports.submit(articleId, entity.id(), entity.name(), note, address, now);
  }

  private Optional<Article> article(String id) throws IOException {
    return id == null || id.isBlank() ? Optional.empty() : site.engine().get(id);
  }

  /** The entity page's form: the articles shown on it, and the notice after a report. */
  static Views.ReportForm form(Context ctx, String id, List<Article> shown) {
    String notice =
        "held".equals(ctx.queryParam("report"))
            ? "گزارش شما رسید؛ پس از بررسی مدیر، در بازسازی بعدی نمایه اعمال می\u200cشود."
            : null;
    return new Views.ReportForm(
        "/entity/" + SearchParams.enc(id) + "/report",
        shown.stream().map(a -> new Views.Choice(a.id(), a.title())).toList(),
        notice,
        MAX_NOTE);
  }

  /** {@code GET /admin/links}: the pending reports, oldest first. */
  void queue(Context ctx) throws IOException {
    if (!new AdminPages(site).requireSession(ctx)) {
      return;
    }
    List<Views.PendingLinkReport> pending = new ArrayList<>();
    for (LinkReport r : reports.withStatus(Status.PENDING, QUEUE)) {
      String title = article(r.articleId()).map(Article::title).orElse(r.articleId());
      pending.add(
          new Views.PendingLinkReport(
              r.id(),
              r.entityId(),
              r.entityName(),
              r.articleId(),
              title,
              r.note(),
              Fa.dateTime(r.created())));
    }
    String notice =
        switch (String.valueOf(ctx.queryParam("done"))) {
          case "confirmed" -> "تأیید شد؛ در بازسازی بعدی نمایه (khabar reindex) اعمال می\u200cشود.";
          case "dismissed" -> "گزارش کنار گذاشته شد.";
          default -> null;
        };
    site.render(
        ctx,
        "admin/links.jte",
        new Views.LinkModeration(
            site.formPage(ctx, "گزارش\u200cهای پیوند نادرست", ""),
            pending,
            Fa.number(reports.count(Status.PENDING)),
            Fa.number(reports.count(Status.CONFIRMED)),
            Fa.number(reports.count(Status.DISMISSED)),
            notice));
  }

  /** {@code POST /admin/links/{id}/confirm} or {@code …/dismiss}. */
  void decide(Context ctx, Status decision) {
    if (!new AdminPages(site).requireSession(ctx)) {
      return;
    }
    site.csrf().check(ctx);
    if (!reports.decide(reportId(ctx), decision, site.clock().instant())) {
      throw new NotFoundResponse("این گزارش پیدا نشد یا پیش\u200cتر بررسی شده است.");
    }
    ctx.redirect(
        "/admin/links?done=" + decision.name().toLowerCase(java.util.Locale.ROOT),
        HttpStatus.SEE_OTHER);
  }

  private static long reportId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("این گزارش پیدا نشد.");
    }
  }
}
