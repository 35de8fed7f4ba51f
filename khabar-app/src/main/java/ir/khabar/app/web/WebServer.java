package ir.khabar.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationException;
import ir.khabar.app.follow.FollowScheduler;
import ir.khabar.app.follow.FollowSettings;
import ir.khabar.app.store.AdminSessions;
import ir.khabar.app.store.CommentStore;
import ir.khabar.app.store.FollowStore;
import ir.khabar.app.store.LinkReport;
import ir.khabar.app.store.LinkReports;
import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.app.store.Settings;
import ir.khabar.app.store.ViewStore;
import ir.khabar.app.web.view.Page;
import ir.khabar.app.web.view.Views;
import ir.khabar.core.pipeline.Pipeline;
import ir.khabar.core.search.SearchEngine;
import ir.khabar.core.store.Database;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/**
 * The web site and JSON API over a search engine and the SQL store: routes to handlers, security
 * headers, errors as Persian pages (or JSON under /api). Server-rendered; the pages need no script.
 */
public final class WebServer {
  /** Room for a query of a few thousand Persian words, percent-encoded in the URL. */
  private static final int MAX_REQUEST_HEADERS = 128 * 1024;

  private final Site site;
  private final String baseUrl;
  private final FollowStore follows;
  private final FollowScheduler followScheduler;
  private final FollowIntake followIntake;
  private final LinkReportPages linkReports;
  private IngestEndpoint ingest;

  /**
   * How the site behaves: the comment rate limit, whether X-Forwarded-For and X-Forwarded-Proto are
   * believed, and the site's public address (null: links in the feed are relative to it).
   */
  public record Options(
      int commentsPerWindow,
      Duration commentWindow,
      boolean trustProxy,
      String adminPassword,
      Clock clock,
      String baseUrl) {
    public static Options defaults() {
      return new Options(
          30,
          Duration.ofMinutes(10),
          false,
          System.getenv("KHABAR_ADMIN_PASSWORD"),
          Clock.systemUTC(),
          null);
    }

    public Options withCommentLimit(int perWindow, Duration window) {
      return new Options(perWindow, window, trustProxy, adminPassword, clock, baseUrl);
    }

    public Options withAdminPassword(String password) {
      return new Options(commentsPerWindow, commentWindow, trustProxy, password, clock, baseUrl);
    }

    public Options withTrustProxy(boolean trust) {
      return new Options(commentsPerWindow, commentWindow, trust, adminPassword, clock, baseUrl);
    }

    public Options withBaseUrl(String url) {
      return new Options(commentsPerWindow, commentWindow, trustProxy, adminPassword, clock, url);
    }
  }

  public WebServer(SearchEngine engine, Database db, Options options, PrintStream out) {
    this(engine, db, options, FollowSettings.defaults(), out);
  }

  /** With follows run as {@code followSettings} say (how often, SMTP, private webhooks). */
  public WebServer(
      SearchEngine engine,
      Database db,
      Options options,
      FollowSettings followSettings,
      PrintStream out) {
    Settings settings = new Settings(db);
    Keys keys = Keys.from(settings);
    CommentStore comments = new CommentStore(db);
    AdminPassword password = AdminPassword.resolve(options.adminPassword(), settings, keys, out);
    Visitors visitors = new Visitors(keys, options.trustProxy());
    Cookies cookies = new Cookies(visitors);
    this.site =
        new Site(
            engine,
            comments,
            new ViewStore(db),
            new Templates(),
            visitors,
            new Csrf(keys, cookies),
            new AdminAuth(password, keys, new AdminSessions(db), cookies, options.clock()),
            new CommentIntake(
                comments, options.clock(), options.commentsPerWindow(), options.commentWindow()),
            options.clock());
    this.baseUrl = options.baseUrl() == null ? null : AtomFeed.checked(options.baseUrl());
    this.follows = new FollowStore(db);
    this.followScheduler = new FollowScheduler(engine, follows, followSettings, options.clock());
    this.followIntake = new FollowIntake(follows, followScheduler, followSettings, options.clock());
    this.linkReports =
        new LinkReportPages(
            site, new LinkReports(db), options.commentsPerWindow(), options.commentWindow());
  }

  /**
   * Also takes inputs handed over by {@code khabar ingest} into {@code pipeline}, authorised by
   * {@code secret}; {@code spool} is where they wait to be read (see {@link IngestEndpoint}).
   */
  public WebServer takingIngests(Pipeline pipeline, String secret, Path spool) {
    this.ingest = new IngestEndpoint(pipeline, secret, spool);
    return this;
  }

  public Javalin start(int port) {
    ReaderPages pages = new ReaderPages(site);
    ArticlePage article = new ArticlePage(site);
    AdminPages admin = new AdminPages(site);
    Api api = new Api(site);
    AdminApi adminApi = new AdminApi(site);
    AtomFeed feed = new AtomFeed(site, baseUrl);
    EntityPages entities = new EntityPages(site);
    Exports exports = new Exports(site);
    Trends trends = new Trends(site);
    TrendsPage trendsPage = new TrendsPage(site);
    CountryPairs pairs = new CountryPairs(site);
    FollowApi followApi = new FollowApi(site, adminApi, followIntake, follows);
    FollowPages followPages = new FollowPages(site, followIntake, follows);
    FollowAdminPages followAdmin = new FollowAdminPages(site, admin, follows);
    Javalin app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  // A long pasted query must reach the search, which cuts it and says so, not a
                  // bare
                  // 414.
                  config.jetty.modifyHttpConfiguration(
                      http -> http.setRequestHeaderSize(MAX_REQUEST_HEADERS));
                  config.jetty.modifyServletContextHandler(
                      handler ->
                          handler.addFilter(
                              new MethodOverrideFilter(),
                              "/*",
                              EnumSet.of(DispatcherType.REQUEST)));
                  config.staticFiles.add(
                      files -> {
                        files.hostedPath = "/static";
                        files.directory = "/ir/khabar/app/web/static";
                        files.location = Location.CLASSPATH;
                        files.headers = Map.of("Cache-Control", "public, max-age=86400");
                      });
                  config.routes.before(WebServer::securityHeaders);
                  config.routes.before("/admin*", WebServer::noStore);
                  config.routes.before("/api/admin*", WebServer::noStore);
                  config.routes.get("/", pages::home);
                  config.routes.get("/search", pages::search);
                  config.routes.get("/help", pages::help);
                  config.routes.get("/a/{id}", article::show);
                  config.routes.post("/a/{id}/comments", article::comment);
                  config.routes.get("/story/{id}", pages::story);
                  config.routes.get("/source/{id}", pages::source);
                  config.routes.get("/feed", feed::serve);
                  config.routes.get("/entity/{id}", entities::entity);
                  config.routes.post("/entity/{id}/report", linkReports::report);
                  config.routes.get("/countries", pairs::show);
                  config.routes.get("/countries/{a}/{b}", entities::countries);
                  config.routes.get("/trends", trendsPage::show);
                  config.routes.get("/admin", ctx -> ctx.redirect("/admin/comments"));
                  config.routes.get("/admin/login", admin::loginForm);
                  config.routes.post("/admin/login", admin::logIn);
                  config.routes.post("/admin/logout", admin::logOut);
                  config.routes.get("/admin/comments", admin::queue);
                  config.routes.post(
                      "/admin/comments/{id}/approve", ctx -> admin.decide(ctx, Status.APPROVED));
                  config.routes.post(
                      "/admin/comments/{id}/reject", ctx -> admin.decide(ctx, Status.REJECTED));
                  config.routes.get("/admin/links", linkReports::queue);
                  config.routes.post(
                      "/admin/links/{id}/confirm",
                      ctx -> linkReports.decide(ctx, LinkReport.Status.CONFIRMED));
                  config.routes.post(
                      "/admin/links/{id}/dismiss",
                      ctx -> linkReports.decide(ctx, LinkReport.Status.DISMISSED));
                  config.routes.get(
                      "/api/search",
                      ctx -> {
                        if (Exports.requested(ctx)) {
                          exports.search(ctx);
                        } else {
                          api.search(ctx);
                        }
                      });
                  config.routes.get("/api/events", exports::events);
                  config.routes.get("/api/trends", trends::api);
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
                  if (ingest != null) {
                    config.routes.get("/api/ingest", ingest::ready);
                    config.routes.post("/api/ingest", ingest::receive);
                  }
                  config.routes.get("/api/admin/comments", adminApi::list);
                  config.routes.post(
                      "/api/admin/comments/{id}/approve",
                      ctx -> adminApi.decide(ctx, Status.APPROVED));
                  config.routes.post(
                      "/api/admin/comments/{id}/reject",
                      ctx -> adminApi.decide(ctx, Status.REJECTED));
                  config.routes.post("/api/follows", followApi::create);
                  config.routes.get("/api/admin/follows", followApi::list);
                  config.routes.delete("/api/admin/follows/{id}", followApi::remove);
                  config.routes.get("/follow", followPages::form);
                  config.routes.post("/follow", followPages::submit);
                  config.routes.get("/follows/confirm", followPages::confirm);
                  config.routes.get("/follows/unsubscribe", followPages::unsubscribePage);
                  config.routes.post("/follows/unsubscribe", followPages::unsubscribe);
                  config.routes.before("/follow*", WebServer::noStore);
                  config.routes.get("/admin/follows", followAdmin::list);
                  config.routes.post("/admin/follows/{id}/remove", followAdmin::remove);
                  config.routes.post("/admin/follows/{id}/resume", followAdmin::resume);
                  config.events.serverStopping(followScheduler::close);
                  config.routes.exception(
                      EndpointNotFound.class, (e, ctx) -> error(ctx, 404, "این صفحه پیدا نشد."));
                  config.routes.exception(
                      HttpResponseException.class,
                      (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
                  config.routes.exception(
                      IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
                  config.routes.exception(
                      ValidationException.class,
                      (e, ctx) -> error(ctx, 400, BadParameters.message(e)));
                  config.routes.exception(
                      Exception.class,
                      (e, ctx) -> {
                        System.err.println("error serving " + ctx.path() + ": " + e);
                        error(ctx, 500, "خطایی در خبر رخ داد؛ کمی بعد دوباره بیازمایید.");
                      });
                  config.routes.error(
                      404,
                      ctx -> {
                        if (ctx.result() == null || ctx.result().isEmpty()) {
                          error(ctx, 404, "این صفحه پیدا نشد.");
                        }
                      });
                })
            .start(port);
    followScheduler.start(baseUrl != null ? baseUrl : "http://localhost:" + app.port());
    return app;
  }

  /** No script runs on these pages but our own files; nothing may frame them. */
  private static void securityHeaders(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "font-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** Moderation shows readers' e-mail addresses and pending comments: no cache may keep a copy. */
  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
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
