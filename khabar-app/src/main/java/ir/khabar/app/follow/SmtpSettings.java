package ir.khabar.app.follow;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The SMTP server of {@code serve --smtp smtp://[user:pass@]host:port} (or {@code smtps://} for TLS
 * from the first byte) and the sender of {@code --mail-from}, as a Jakarta Mail session.
 */
public record SmtpSettings(
    String host, int port, boolean tls, String user, String password, String from) {
  private static final String TIMEOUT_MS = "20000";

  public SmtpSettings {
    try {
      new InternetAddress(from, true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("--mail-from is not an e-mail address: " + from, e);
    }
  }

  public static SmtpSettings parse(String url, String from) {
    URI u = URI.create(url);
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("smtp") && !scheme.equals("smtps") || u.getHost() == null) {
      throw new IllegalArgumentException(
          "--smtp takes smtp://[user:pass@]host:port or smtps://…, not " + url);
    }
    boolean tls = scheme.equals("smtps");
    int port = u.getPort() != -1 ? u.getPort() : tls ? 465 : 25;
    String user = null;
    String password = null;
    if (u.getRawUserInfo() != null) {
      String[] parts = u.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
    }
    return new SmtpSettings(u.getHost(), port, tls, user, password, from);
  }

  Session session() {
    String p = tls ? "mail.smtps." : "mail.smtp.";
    Properties props = new Properties();
    props.put("mail.transport.protocol", tls ? "smtps" : "smtp");
    props.put(p + "host", host);
    props.put(p + "port", Integer.toString(port));
    props.put(p + "connectiontimeout", TIMEOUT_MS);
    props.put(p + "timeout", TIMEOUT_MS);
    props.put(p + "writetimeout", TIMEOUT_MS);
    // STARTTLS whenever the server offers it; smtps is TLS from the start.
    props.put("mail.smtp.starttls.enable", "true");
    if (user == null) {
      return Session.getInstance(props);
    }
    props.put(p + "auth", "true");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(user, password);
          }
        });
  }

  @Override
  public String toString() {
    return (tls ? "smtps://" : "smtp://") + host + ":" + port + " from " + from;
  }
}
