package ir.khabar.core.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * robots.txt as RFC 9309 reads it, parsed with crawler-commons once per host: only the first 500
 * KiB are read; a 4xx answer (the file is unavailable) allows all, a 5xx or 429 answer or no answer
 * at all (the file is unreachable) disallows all. Rules written before any User-agent line are read
 * as meant for every robot, the polite reading of a file that forgot its first line.
 */
public final class Robots {
  /** RFC 9309 2.5: a crawler must parse at least the first 500 kibibytes. */
  static final int MAX_BYTES = 500 * 1024;

  private static final Pattern FIRST_DIRECTIVE =
      Pattern.compile(
          "\\A(?:\\s*(?:#[^\\n]*)?\\n)*\\s*(?:allow|disallow)\\s*:", Pattern.CASE_INSENSITIVE);
  private final Fetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();
  private final Map<String, String> unreachable = new ConcurrentHashMap<>();

  public Robots(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  public boolean allowed(URI url) throws InterruptedException {
    return rules(url).isAllowed(url.toString());
  }

  /**
   * Why the URL's robots.txt could not be had, when it could not (a 5xx answer, no answer, an
   * address refused): the site is then not crawled this time, which is a failure to report, not a
   * rule to remember.
   */
  public Optional<String> unreachable(URI url) throws InterruptedException {
    rules(url);
    return Optional.ofNullable(unreachable.get(key(url)));
  }

  private static String key(URI url) {
    return url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }

  private BaseRobotRules rules(URI url) throws InterruptedException {
    String key = key(url);
    BaseRobotRules rules = byHost.get(key);
    if (rules != null) {
      return rules;
    }
    Fetched robots = fetcher.firstBytes(URI.create(key + "/robots.txt"), MAX_BYTES);
    rules = robots.ok() ? parse(key, robots) : unfetched(robots.status());
    if (rules.isAllowNone() && !robots.ok()) {
      unreachable.put(
          key,
          robots.failure().startsWith(AddressGuard.REFUSED)
              ? robots.failure()
              : "robots.txt could not be had ("
                  + robots.failure()
                  + "), so the site is not crawled this time");
    }
    if (rules.getCrawlDelay() > 0) {
      fetcher.crawlDelay(
          url.getHost() + ":" + url.getPort(), Duration.ofMillis(rules.getCrawlDelay()));
    }
    byHost.put(key, rules);
    return rules;
  }

  private BaseRobotRules parse(String key, Fetched robots) {
    byte[] body = robots.body();
    if (FIRST_DIRECTIVE
        .matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1))
        .find()) {
      byte[] agent = "User-agent: *\n".getBytes(StandardCharsets.US_ASCII);
      byte[] all = new byte[agent.length + body.length];
      System.arraycopy(agent, 0, all, 0, agent.length);
      System.arraycopy(body, 0, all, agent.length, body.length);
      body = all;
    }
    return parser.parseContent(
        key + "/robots.txt",
        body,
        robots.contentType(),
        List.of(FetchPolicy.AGENT_NAME.toLowerCase(Locale.ROOT)));
  }

  /**
   * RFC 9309 2.3.1.3 and 2.3.1.4: unavailable (4xx) allows all, unreachable (5xx, no answer)
   * disallows all.
   */
  private static BaseRobotRules unfetched(int status) {
    boolean unavailable = status >= 400 && status < 500 && status != 429;
    return new SimpleRobotRules(
        unavailable
            ? SimpleRobotRules.RobotRulesMode.ALLOW_ALL
            : SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
  }
}
