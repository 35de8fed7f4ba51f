package ir.khabar.core.extract;

import crawlercommons.domains.EffectiveTldFinder;
import ir.khabar.core.Source;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a fetched page says about itself (its address, canonical URL, site name) is believed only
 * when the page came from that site: a page on one host that declares another site's canonical or
 * name would otherwise be stored as that site's article, under its id. Sites are compared by
 * registrable domain (crawler-commons' public suffix list), so www.irna.ir and en.irna.ir are one
 * site. A page with no fetch address (a file the user gave) is believed as it is.
 */
final class DeclaredSite {
  private static final Pattern USER_INFO =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
  private final Agencies agencies;

  DeclaredSite(Agencies agencies) {
    this.agencies = agencies;
  }

  /**
   * The declared URL when it is on the page's own site, without any user name and password; else
   * null.
   */
  static String onSite(String declared, String fetchedFrom) {
    if (declared == null) {
      return null;
    }
    String clean = USER_INFO.matcher(declared.strip()).replaceFirst("$1");
    return fetchedFrom == null || site(fetchedFrom).equals(site(clean)) ? clean : null;
  }

  /**
   * True when the page's own host is one the agency is known by, or when the page was not fetched.
   */
  boolean vouchesFor(Source source, String fetchedFrom) {
    if (fetchedFrom == null || site(fetchedFrom).isEmpty()) {
      return true;
    }
    return site(fetchedFrom).flatMap(agencies::byName).filter(source::equals).isPresent();
  }

  private static Optional<String> site(String url) {
    return UrlHost.of(url)
        .map(
            host -> {
              String domain = EffectiveTldFinder.getAssignedDomain(host);
              return domain == null ? host : domain;
            });
  }
}
