package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.follow.FollowQuery;
import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import ir.khabar.app.web.view.Fa;
import ir.khabar.app.web.view.FollowViews;
import java.util.List;

/**
 * The admin's follows: every follow with its kind, query, target, state and failures; remove,
 * resume.
 */
final class FollowAdminPages {
  private static final int LIST = 500;
  private final Site site;
  private final AdminPages admin;
  private final FollowStore store;

  FollowAdminPages(Site site, AdminPages admin, FollowStore store) {
    this.site = site;
    this.admin = admin;
    this.store = store;
  }

  void list(Context ctx) {
    if (!admin.requireSession(ctx)) {
      return;
    }
    List<FollowViews.AdminFollow> rows =
        store.list(LIST).stream()
            .map(
                f ->
                    new FollowViews.AdminFollow(
                        f.id(),
                        f.kind() == Follow.Kind.WEBHOOK ? "webhook" : "ایمیل",
                        FollowQuery.stored(f.query(), f.filters()).describe(),
                        f.target(),
                        stateName(f.state()),
                        Fa.number(f.failures()),
                        Fa.dateTime(f.created()),
                        f.state() == Follow.State.PAUSED))
            .toList();
    String notice =
        switch (String.valueOf(ctx.queryParam("done"))) {
          case "removed" -> "دنبال\u200cکردن حذف شد.";
          case "resumed" -> "دنبال\u200cکردن از سر گرفته شد.";
          default -> null;
        };
    site.render(
        ctx,
        "admin/follows.jte",
        new FollowViews.AdminFollows(
            site.formPage(ctx, "دنبال\u200cکردن\u200cها", ""), rows, notice));
  }

  void remove(Context ctx) {
    if (!admin.requireSession(ctx)) {
      return;
    }
    site.csrf().check(ctx);
    if (!store.remove(FollowApi.id(ctx))) {
      throw new NotFoundResponse("این دنبال\u200cکردن پیدا نشد.");
    }
    ctx.redirect("/admin/follows?done=removed", HttpStatus.SEE_OTHER);
  }

  void resume(Context ctx) {
    if (!admin.requireSession(ctx)) {
      return;
    }
    site.csrf().check(ctx);
    if (!store.resume(FollowApi.id(ctx), site.clock().instant())) {
      throw new NotFoundResponse("این دنبال\u200cکردن متوقف نیست.");
    }
    ctx.redirect("/admin/follows?done=resumed", HttpStatus.SEE_OTHER);
  }

  static String stateName(Follow.State s) {
    return switch (s) {
      case PENDING -> "در انتظار تأیید";
      case ACTIVE -> "فعال";
      case PAUSED -> "متوقف (paused)";
    };
  }
}
