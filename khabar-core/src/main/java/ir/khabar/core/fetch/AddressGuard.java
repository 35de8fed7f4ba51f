package ir.khabar.core.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps the crawler off internal hosts (SSRF): a URL is fetched only when every address its host
 * resolves to is a public one, unless the user named the host (a feed's own host and port, or
 * {@code --allow-host}). Numeric spellings (decimal {@code 2130706434}, IPv4-mapped IPv6) are
 * caught because the check is on the resolved address, not on the text.
 *
 * <p>The limit, DNS rebinding: the JDK HttpClient resolves the host again itself and offers no hook
 * to pin the address checked here (a resolver SPI arrives only in JDK 18). Both lookups go through
 * the JVM's address cache, which keeps a successful answer for 30 s by default ({@code
 * networkaddress.cache.ttl}), so a name that answers public then private within that time is still
 * seen as public; a resolver that changes its answer after the cache expires, between check and
 * connect, is not caught.
 */
public final class AddressGuard {
  /** How every refusal's reason begins, so that a report can count them. */
  public static final String REFUSED = "refused:";

  /**
   * Octets with a leading zero or 0x: 0177.0.0.1 is 127.0.0.1 to some resolvers and 177.0.0.1 to
   * the JDK.
   */
  private static final Pattern AMBIGUOUS_NUMBER =
      Pattern.compile("(?i)(?=[0-9a-fx.]+$)(?:.*\\.)?(?:0[0-9]+|0x[0-9a-f]*)(?:\\..*)?");

  private final Set<String> namedHosts = ConcurrentHashMap.newKeySet();
  private final Set<String> namedOrigins = ConcurrentHashMap.newKeySet();

  /** A guard that allows these hosts (any port) whatever they resolve to. */
  public AddressGuard(Set<String> allowedHosts) {
    allowedHosts.forEach(h -> namedHosts.add(host(h)));
  }

  /**
   * The host and port of a URL the user named (a feed): fetched even on an internal address, and so
   * is that port on the addresses the host has now (localhost:P and 127.0.0.1:P are one service).
   */
  public void trust(URI url) {
    if (url.getHost() == null) {
      return;
    }
    namedOrigins.add(origin(url));
    try {
      for (InetAddress a : InetAddress.getAllByName(host(url.getHost()))) {
        namedOrigins.add(a.getHostAddress() + ":" + port(url));
      }
    } catch (UnknownHostException e) {
      // the feed's fetch will say so
    }
  }

  /**
   * Why the URL must not be fetched, in plain words (after {@link #REFUSED}); empty when it may be.
   */
  public Optional<String> refusal(URI url) {
    String host = url.getHost();
    if (host == null || namedHosts.contains(host(host)) || namedOrigins.contains(origin(url))) {
      return Optional.empty();
    }
    if (AMBIGUOUS_NUMBER.matcher(host).matches()) {
      return Optional.of(
          host + " is an address written in octal or hex, which programs read differently");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host(host));
    } catch (UnknownHostException e) {
      return Optional.of("cannot resolve the host " + host);
    }
    for (InetAddress a : addresses) {
      if (namedOrigins.contains(a.getHostAddress() + ":" + port(url))) {
        continue;
      }
      String kind = InternalAddresses.kind(a);
      if (kind != null) {
        return Optional.of(
            host
                + " is "
                + a.getHostAddress()
                + ", a "
                + kind
                + " address; a crawl fetches only public addresses and hosts it was given (--allow-host "
                + host
                + ")");
      }
    }
    return Optional.empty();
  }

  private static String origin(URI url) {
    return host(url.getHost()) + ":" + port(url);
  }

  private static int port(URI url) {
    return url.getPort() != -1
        ? url.getPort()
        : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  private static String host(String h) {
    String s = h.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
  }

  /** Which kind of non-public address this is, or null for a public one. */
  static final class InternalAddresses {
    private InternalAddresses() {}

    static String kind(InetAddress a) {
      if (a.isLoopbackAddress()) {
        return "loopback";
      }
      if (a.isAnyLocalAddress()) {
        return "unspecified";
      }
      if (a.isLinkLocalAddress()) {
        return "link-local";
      }
      if (a.isMulticastAddress()) {
        return "multicast";
      }
      if (a.isSiteLocalAddress()) {
        return "private";
      }
      return a instanceof Inet4Address v4 ? kindV4(v4.getAddress()) : kindV6((Inet6Address) a);
    }

    /** 0/8, 100.64/10 (carrier NAT), 192.0.0/24, 198.18/15 (benchmarks), 240/4 and broadcast. */
    private static String kindV4(byte[] b) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0 || first >= 240) {
        return "reserved";
      }
      if (first == 100 && second >= 64 && second < 128
          || first == 198 && (second == 18 || second == 19)
          || first == 192 && second == 0 && b[2] == 0) {
        return "private";
      }
      return null;
    }

    /**
     * Unique local fc00::/7, and IPv4 inside IPv6 (compatible ::/96, NAT64 64:ff9b::/96, 6to4
     * 2002::/16).
     */
    private static String kindV6(Inet6Address a) {
      byte[] b = a.getAddress();
      if ((b[0] & 0xfe) == 0xfc) {
        return "private (unique local)";
      }
      byte[] v4 = embeddedV4(b);
      if (v4 != null) {
        try {
          return kind(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
          throw new IllegalStateException("four bytes are always an address", e);
        }
      }
      return null;
    }

    private static byte[] embeddedV4(byte[] b) {
      if (b[0] == 0x20 && b[1] == 0x02) {
        return new byte[] {b[2], b[3], b[4], b[5]};
      }
      boolean compatible = allZero(b, 0, 12);
      boolean nat64 =
          b[0] == 0
              && b[1] == 0x64
              && (b[2] & 0xff) == 0xff
              && (b[3] & 0xff) == 0x9b
              && allZero(b, 4, 12);
      return compatible || nat64 ? new byte[] {b[12], b[13], b[14], b[15]} : null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] != 0) {
          return false;
        }
      }
      return true;
    }
  }
}
