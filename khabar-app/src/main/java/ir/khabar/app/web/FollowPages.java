package ir.khabar.app.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.follow.FollowQuery;
import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import ir.khabar.app.web.view.FollowViews.Field;
import ir.khabar.app.web.view.FollowViews.FollowPage;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readers' side of e-mail follows: the form (reached from the search, entity and country-pair
 * pages), the confirmation link, and unsubscribing (a page with a button, and the one-click POST of
 * RFC 8058, which the token alone authorises).
 */
final class FollowPages {
  private static final String[] PARAMS = {
    "q", "source", "from", "to", "mode", "person", "country", "country2", "org"
  };
  private final Site site;
  private final FollowIntake intake;
  private final FollowStore store;

  FollowPages(Site site, FollowIntake intake, FollowStore store) {
    this.site = site;
    this.intake = intake;
    this.store = store;
  }

  /** GET /follow: what will be followed, the e-mail address and how often, with a CSRF token. */
  void form(Context ctx) throws IOException {
    List<Field> fields = new ArrayList<>();
    for (String name : PARAMS) {
      String v = param(ctx, name);
      if (name.equals("person") && v.isEmpty()) {
        v = entityId(param(ctx, "entity"));
      }
      if (!v.isEmpty()) {
        fields.add(new Field(name, v));
      }
    }
    FollowQuery q = query(fields);
    show(
        ctx,
        200,
        "دنبال کردن «" + q.describe() + "»",
        q.isEmpty() ? "چیزی برای دنبال کردن داده نشده است؛ از صفحهٔ جستجو بیایید." : null,
        q.describe(),
        q.isEmpty() ? null : fields,
        param(ctx, "email"),
        null);
  }

  /** POST /follow: the form sent; the confirmation mail goes out. */
  void submit(Context ctx) {
    site.csrf().check(ctx);
    List<Field> fields = new ArrayList<>();
    for (String name : PARAMS) {
      String v = ctx.formParam(name);
      if (v != null && !v.isBlank()) {
        fields.add(new Field(name, v));
      }
    }
    FollowQuery q = query(fields);
    intake.email(
        q, ctx.formParam("email"), ctx.formParam("frequency"), site.visitors().address(ctx));
    show(
        ctx,
        202,
        "نامهٔ تأیید فرستاده شد",
        "برای دریافت خبرهای تازهٔ «"
            + q.describe()
            + "»، پیوند نامه\u200cای را که به نشانی شما فرستادیم باز کنید. تا آن زمان چیزی فرستاده نمی\u200cشود.",
        q.describe(),
        null,
        "",
        null);
  }

  void confirm(Context ctx) {
    Optional<Follow> f = store.confirm(param(ctx, "token"), site.clock().instant());
    if (f.isEmpty()) {
      throw new NotFoundResponse("این پیوند تأیید معتبر نیست یا پیش\u200cتر به کار رفته است.");
    }
    String described = FollowQuery.stored(f.get().query(), f.get().filters()).describe();
    show(
        ctx,
        200,
        "دنبال کردن تأیید شد",
        "از این پس خبرهای تازهٔ «" + described + "» به نشانی شما فرستاده می\u200cشود.",
        described,
        null,
        "",
        null);
  }

  /** GET: a page with the button; nothing changes until it is pressed. */
  void unsubscribePage(Context ctx) {
    String token = param(ctx, "token");
    Follow f =
        store
            .byUnsubscribeToken(token)
            .orElseThrow(
                () -> new NotFoundResponse("این دنبال\u200cکردن پیش\u200cتر لغو شده است."));
    String described = FollowQuery.stored(f.query(), f.filters()).describe();
    show(ctx, 200, "لغو دنبال کردن «" + described + "»", null, described, null, "", token);
  }

  /** POST, from the page's button or the mail program's one-click: the follow is removed. */
  void unsubscribe(Context ctx) {
    Optional<Follow> f = store.byUnsubscribeToken(param(ctx, "token"));
    f.ifPresent(x -> store.remove(x.id()));
    show(
        ctx,
        200,
        "دنبال کردن لغو شد",
        "دیگر نامه\u200cای دربارهٔ این جستجو فرستاده نمی\u200cشود.",
        "",
        null,
        "",
        null);
  }

  private void show(
      Context ctx,
      int status,
      String heading,
      String message,
      String described,
      List<Field> fields,
      String email,
      String unsubscribeToken) {
    ctx.status(status);
    site.render(
        ctx,
        "follow.jte",
        new FollowPage(
            site.formPage(ctx, heading, ""),
            heading,
            message,
            described,
            fields,
            email,
            unsubscribeToken));
  }

  private static FollowQuery query(List<Field> fields) {
    var o = ArticleJson.MAPPER.createObjectNode();
    fields.forEach(f -> o.put(f.name(), f.value()));
    return FollowQuery.of(o.path("q").asText(""), o);
  }

  /** An entity page's name as the id the follow keeps (the likeliest one). */
  private String entityId(String name) throws IOException {
    if (name.isEmpty() || EntityNames.isId(name)) {
      return name;
    }
    List<String> ids = EntityNames.candidates(site.engine(), name);
    return ids.isEmpty() ? name : ids.get(0);
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
