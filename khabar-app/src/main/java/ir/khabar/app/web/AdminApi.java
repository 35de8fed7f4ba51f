package ir.khabar.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import ir.khabar.app.store.ReaderComment;
import ir.khabar.app.store.ReaderComment.Status;
import ir.khabar.core.ArticleJson;
import java.util.Locale;

/** Moderation over JSON, behind HTTP Basic {@code admin:<password>}. */
final class AdminApi {
  private final Site site;

  AdminApi(Site site) {
    this.site = site;
  }

  /**
   * Refuses requests without the admin's credentials, and cross-site ones that carry them anyway.
   */
  void authorize(Context ctx) {
    if (!site.admin().hasBasic(ctx, site.visitors().address(ctx))) {
      ctx.header("WWW-Authenticate", "Basic realm=\"khabar-admin\", charset=\"UTF-8\"");
      throw new UnauthorizedResponse("نام کاربری یا گذرواژه نادرست است.");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.endsWith("://" + ctx.host())) {
      throw new ForbiddenResponse("درخواست از نشانی دیگری آمده است.");
    }
  }

  void list(Context ctx) {
    authorize(ctx);
    Status status;
    try {
      status =
          Status.valueOf(
              ctx.queryParamAsClass("status", String.class)
                  .getOrDefault("pending")
                  .toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("status باید pending، approved یا rejected باشد.");
    }
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    for (ReaderComment c : site.comments().withStatus(status, Api.limit(ctx, 100))) {
      list.add(
          Api.publicComment(c)
              .put("articleId", c.articleId())
              .put("email", c.email())
              .put("status", c.status().name().toLowerCase(Locale.ROOT)));
    }
    Api.json(ctx, list);
  }

  void decide(Context ctx, Status decision) {
    authorize(ctx);
    long id = AdminPages.commentId(ctx);
    if (!site.comments().decide(id, decision, site.clock().instant())) {
      throw new NotFoundResponse("این نظر پیدا نشد.");
    }
    Api.json(
        ctx,
        ArticleJson.MAPPER
            .createObjectNode()
            .put("id", id)
            .put("status", decision.name().toLowerCase(Locale.ROOT)));
  }
}
