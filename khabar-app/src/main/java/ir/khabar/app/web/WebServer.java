package ir.khabar.app.web;

import ir.khabar.app.store.CommentStore;
import ir.khabar.app.store.Database;
import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.app.store.Settings;
import ir.khabar.app.store.ViewStore;
import ir.khabar.app.web.view.Page;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.search.SearchEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The web site and JSON API over a search engine and the SQL store: routes to handlers, security
 * headers, errors as Persian pages (or JSON under /api). Server-rendered; the pages need no script.
 */
public final class WebServer {
  private final Site site;

  /** How the site behaves: the comment rate limit, and whether X-Forwarded-For is believed. */
  public record Options(int commentsPerWindow, Duration commentWindow, boolean trustProxy, String adminPassword,
      Clock clock) {
    public static Options defaults() {
      return new Options(30, Duration.ofMinutes(10), false, System.getenv("KHABAR_ADMIN_PASSWORD"), Clock.systemUTC());
    }

    public Options withCommentLimit(int perWindow, Duration window) {
      return new Options(perWindow, window, trustProxy, adminPassword, clock);
    }

    public Options withAdminPassword(String password) {
      return new Options(commentsPerWindow, commentWindow, trustProxy, password, clock);
    }

    public Options withTrustProxy(boolean trust) {
      return new Options(commentsPerWindow, commentWindow, trust, adminPassword, clock);
    }
  }

  public WebServer(SearchEngine engine, Database db, Options options, PrintStream out) {
    Settings settings = new Settings(db);
    Keys keys = Keys.from(settings);
    CommentStore comments = new CommentStore(db);
    AdminPassword password = AdminPassword.resolve(options.adminPassword(), settings, keys, out);
    this.site = new Site(engine, comments, new ViewStore(db), new Templates(),
        new Visitors(keys, options.trustProxy()), new Csrf(), new AdminAuth(password, keys, options.clock()),
        new CommentIntake(comments, options.clock(), options.commentsPerWindow(), options.commentWindow()),
        options.clock());
  }

  public Javalin start(int port) {
    ReaderPages pages = new ReaderPages(site);
    ArticlePage article = new ArticlePage(site);
    AdminPages admin = new AdminPages(site);
    Api api = new Api(site);
    AdminApi adminApi = new AdminApi(site);
    AtomFeed feed = new AtomFeed(site);
    EntityPages entities = new EntityPages(site);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/ir/khabar/app/web/static";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "public, max-age=86400");
      });
      config.routes.before(WebServer::securityHeaders);
      config.routes.get("/", pages::home);
      config.routes.get("/search", pages::search);
      config.routes.get("/help", pages::help);
      config.routes.get("/a/{id}", article::show);
      config.routes.post("/a/{id}/comments", article::comment);
      config.routes.get("/story/{id}", pages::story);
      config.routes.get("/source/{id}", pages::source);
      config.routes.get("/feed", feed::serve);
      config.routes.get("/entity/{id}", entities::entity);
      config.routes.get("/countries/{a}/{b}", entities::countries);
      config.routes.get("/admin", ctx -> ctx.redirect("/admin/comments"));
      config.routes.get("/admin/login", admin::loginForm);
      config.routes.post("/admin/login", admin::logIn);
      config.routes.post("/admin/logout", admin::logOut);
      config.routes.get("/admin/comments", admin::queue);
      config.routes.post("/admin/comments/{id}/approve", ctx -> admin.decide(ctx, Status.APPROVED));
      config.routes.post("/admin/comments/{id}/reject", ctx -> admin.decide(ctx, Status.REJECTED));
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/latest", api::latest);
      config.routes.get("/api/popular", api::popular);
      config.routes.get("/api/sources", api::sources);
      config.routes.get("/api/articles/{id}", api::article);
      config.routes.get("/api/articles/{id}/related", api::related);
      config.routes.get("/api/articles/{id}/comments", api::comments);
      config.routes.post("/api/articles/{id}/comments", api::submitComment);
      config.routes.get("/api/stories/{id}", api::story);
      config.routes.get("/api/entities/{id}", entities::apiEntity);
      config.routes.get("/api/countries/{a}/{b}", entities::apiCountries);
      config.routes.get("/api/admin/comments", adminApi::list);
      config.routes.post("/api/admin/comments/{id}/approve", ctx -> adminApi.decide(ctx, Status.APPROVED));
      config.routes.post("/api/admin/comments/{id}/reject", ctx -> adminApi.decide(ctx, Status.REJECTED));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("error serving " + ctx.path() + ": " + e);
        error(ctx, 500, "خطایی در خبر رخ داد؛ کمی بعد دوباره بیازمایید.");
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          error(ctx, 404, "این صفحه پیدا نشد.");
        }
      });
    }).start(port);
  }

  /** No script runs on these pages but our own files; nothing may frame them. */
  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        + "font-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  private void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      Api.error(ctx, status, message);
      return;
    }
    Page page = site.page(message, "", "", null);
    site.render(ctx, "error.jte", new Views.Error(page, status, message));
  }
}
