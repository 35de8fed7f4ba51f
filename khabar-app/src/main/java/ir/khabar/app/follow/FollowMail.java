package ir.khabar.app.follow;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import ir.khabar.app.store.Delivery;
import ir.khabar.app.store.Follow;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Follows' e-mails, in Persian, as right-to-left HTML with a plain-text part: the confirmation
 * (double opt-in) and the alerts, each alert with a one-click unsubscribe link and the {@code
 * List-Unsubscribe} and {@code List-Unsubscribe-Post} headers of RFC 8058.
 */
final class FollowMail {
  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, "ir.khabar.app.web.jte");
  private final SmtpSettings smtp;
  private final Session session;

  FollowMail(SmtpSettings smtp) {
    this.smtp = smtp;
    this.session = smtp.session();
  }

  /** Empty when the SMTP server accepted the mail, else why not. */
  Optional<String> send(Delivery d, String baseUrl) {
    try {
      Transport.send(compose(d, baseUrl));
      return Optional.empty();
    } catch (MessagingException e) {
      return Optional.of("the SMTP server did not accept the mail: " + e.getMessage());
    }
  }

  MimeMessage compose(Delivery d, String baseUrl) throws MessagingException {
    Follow f = d.follow();
    String unsubscribe = baseUrl + "/follows/unsubscribe?token=" + f.unsubscribeToken();
    boolean confirmation = d.kind() == Delivery.Kind.CONFIRMATION;
    MailView view =
        new MailView(
            baseUrl,
            FollowQuery.stored(f.query(), f.filters()).describe(),
            confirmation ? baseUrl + "/follows/confirm?token=" + f.confirmToken() : null,
            unsubscribe,
            confirmation ? List.of() : AlertPayload.items(d.payload()));
    String name = confirmation ? "mail/confirm" : "mail/alert";
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(smtp.from()));
    m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(f.target()));
    m.setSubject(
        confirmation
            ? "تأیید دنبال کردن «" + view.query() + "» در خبر"
            : "خبرهای تازه برای «" + view.query() + "»",
        StandardCharsets.UTF_8.name());
    m.setSentDate(Date.from(Instant.now()));
    if (!confirmation) {
      m.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
      m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeMultipart parts = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(plainText(view), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(render(name + ".jte", view), "UTF-8", "html");
    parts.addBodyPart(text);
    parts.addBodyPart(html);
    m.setContent(parts);
    m.saveChanges();
    return m;
  }

  private String render(String template, MailView view) {
    StringOutput out = new StringOutput();
    templates.render(template, view, out);
    return out.toString();
  }

  /** The text part: what the HTML says, for readers whose mail shows no HTML. */
  static String plainText(MailView v) {
    StringBuilder b = new StringBuilder();
    if (v.confirmUrl() != null) {
      b.append("برای دریافت خبرهای تازهٔ «")
          .append(v.query())
          .append("» از خبر، این پیوند را باز کنید:\n");
      b.append(v.confirmUrl()).append("\n\n");
      b.append("اگر شما این را نخواسته\u200cاید، کاری نکنید؛ نامهٔ دیگری نمی\u200cآید.\n");
      return b.toString();
    }
    b.append("خبرهای تازه برای «").append(v.query()).append("»:\n\n");
    for (AlertPayload.Item a : v.articles()) {
      b.append("• ").append(a.title()).append("\n  ").append(v.articleUrl(a)).append("\n");
    }
    b.append("\nلغو دنبال کردن با یک کلیک: ").append(v.unsubscribeUrl()).append("\n");
    return b.toString();
  }
}
