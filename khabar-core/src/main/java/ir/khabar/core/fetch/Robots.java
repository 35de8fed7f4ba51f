package ir.khabar.core.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** robots.txt, read with crawler-commons once per host; a missing file allows all, an error too. */
public final class Robots {
  private final Fetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byHost = new ConcurrentHashMap<>();

  public Robots(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  public boolean allowed(URI url) throws InterruptedException {
    return rules(url).isAllowed(url.toString());
  }

  private BaseRobotRules rules(URI url) throws InterruptedException {
    String key = url.getScheme() + "://" + url.getAuthority();
    BaseRobotRules rules = byHost.get(key);
    if (rules != null) {
      return rules;
    }
    Fetched robots = fetcher.get(URI.create(key + "/robots.txt"));
    rules = robots.ok()
        ? parser.parseContent(key + "/robots.txt", robots.body(), robots.contentType(),
            List.of(FetchPolicy.AGENT_NAME.toLowerCase()))
        : new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    if (rules.getCrawlDelay() > 0) {
      fetcher.crawlDelay(url.getHost() + ":" + url.getPort(), Duration.ofMillis(rules.getCrawlDelay()));
    }
    byHost.put(key, rules);
    return rules;
  }
}
