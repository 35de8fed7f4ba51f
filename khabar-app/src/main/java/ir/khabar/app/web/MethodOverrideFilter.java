package ir.khabar.app.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hides {@code X-HTTP-Method-Override} from the site: Javalin would route a GET that carries it as
 * a POST, so a link or an image could approve a comment. A request's method is the one on its
 * request line.
 */
final class MethodOverrideFilter implements Filter {
  static final String HEADER = "X-HTTP-Method-Override";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    chain.doFilter(http.getHeader(HEADER) == null ? request : new Without(http), response);
  }

  private static final class Without extends HttpServletRequestWrapper {
    Without(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HEADER.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream()
              .filter(n -> !HEADER.equalsIgnoreCase(n))
              .toList());
    }
  }
}
