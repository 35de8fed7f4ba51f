package ir.khabar.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import ir.khabar.app.follow.FollowQuery;
import ir.khabar.app.store.Follow;
import ir.khabar.app.store.FollowStore;
import ir.khabar.core.ArticleJson;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code POST /api/follows}: a webhook follow (the admin's Basic credentials; 201 with its id and
 * signing secret) or an e-mail follow (anyone, 202, pending its confirmation); and the admin's list
 * and removal of follows.
 */
final class FollowApi {
  private final Site site;
  private final AdminApi admin;
  private final FollowIntake intake;
  private final FollowStore store;

  FollowApi(Site site, AdminApi admin, FollowIntake intake, FollowStore store) {
    this.site = site;
    this.admin = admin;
    this.intake = intake;
    this.store = store;
  }

  void create(Context ctx) {
    JsonNode body = body(ctx);
    FollowQuery q = FollowQuery.of(body.path("q").asText(""), body);
    if (body.hasNonNull("webhook")) {
      admin.authorize(ctx);
      Follow f = intake.webhook(q, body.get("webhook").asText());
      ctx.status(201);
      Api.json(
          ctx, ArticleJson.MAPPER.createObjectNode().put("id", f.id()).put("secret", f.secret()));
      return;
    }
    if (body.hasNonNull("email")) {
      intake.email(
          q,
          body.get("email").asText(),
          body.path("frequency").asText(""),
          site.visitors().address(ctx));
      ctx.status(202);
      Api.json(
          ctx,
          ArticleJson.MAPPER
              .createObjectNode()
              .put("status", "pending")
              .put("message", "نامهٔ تأیید فرستاده می\u200cشود؛ پیوند آن را باز کنید."));
      return;
    }
    throw new BadRequestResponse("یکی از webhook یا email را بدهید.");
  }

  void list(Context ctx) {
    admin.authorize(ctx);
    ArrayNode list = ArticleJson.MAPPER.createArrayNode();
    for (Follow f : store.list(Api.limit(ctx, 100))) {
      list.addObject()
          .put("id", f.id())
          .put("kind", lower(f.kind()))
          .put("q", f.query())
          .put("filters", f.filters())
          .put("target", f.target())
          .put("frequency", lower(f.frequency()))
          .put("state", lower(f.state()))
          .put("failures", f.failures())
          .put("created", f.created().toString());
    }
    Api.json(ctx, list);
  }

  void remove(Context ctx) {
    admin.authorize(ctx);
    if (!store.remove(id(ctx))) {
      throw new NotFoundResponse("این دنبال\u200cکردن پیدا نشد.");
    }
    ctx.status(204);
  }

  static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("این دنبال\u200cکردن پیدا نشد.");
    }
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode n = ArticleJson.MAPPER.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("بدنهٔ درخواست باید یک شیء JSON باشد.");
      }
      return n;
    } catch (IOException e) {
      throw new BadRequestResponse("بدنهٔ درخواست JSON درستی نیست.");
    }
  }
}
