package ir.khabar.app.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The models the templates render, one per page; each holds only display-ready values. */
public final class Views {
  private Views() {}

  public record SourceLink(String id, String name, String articles) {
    public String href() {
      return "/source/" + id;
    }
  }

  public record Home(
      Page page, List<Card> latest, List<Card> popular, List<SourceLink> sources, String total) {}

  /** Page links for a result list; {@code href} is null for the current page. */
  public record PageLink(String label, String href, boolean current) {}

  /** The search page: what was asked, what came of it, the hits and the ways to narrow them. */
  public record Search(
      Page page,
      SearchForm form,
      SearchOutcome outcome,
      List<Card> hits,
      List<PageLink> pages,
      List<Facet> facets,
      Suggestion suggestion) {}

  /** The filter form as the reader left it, and the sources it offers. */
  public record SearchForm(
      String query,
      String source,
      String from,
      String to,
      boolean newest,
      boolean any,
      String person,
      String country,
      String org,
      List<SourceLink> sources) {}

  /**
   * Whether the search ran (else {@code error} says why), how Khabar understood it, how many it
   * found, and its Atom feed.
   */
  public record SearchOutcome(
      boolean searched, String understood, String total, String error, String feed) {}

  /** "Did you mean": the query the reader probably meant and the search for it. */
  public record Suggestion(String query, String href) {}

  public record SourceComment(String author, String country, String date, String text) {}

  public record ReaderCommentView(String name, String date, String ago, String text) {}

  /** What the comment form shows again after a refused submission: the values and the reasons. */
  public record CommentForm(
      String name, String email, String text, List<String> errors, boolean held, int maxLength) {
    public String maxLengthText() {
      return Fa.number(maxLength);
    }
  }

  public record Article(
      Page page,
      String id,
      String title,
      String lead,
      List<String> paragraphs,
      String source,
      String sourceId,
      String url,
      String date,
      String ago,
      String iso,
      String category,
      List<String> tags,
      String storyHref,
      String storyText,
      List<Card> related,
      List<SourceComment> sourceComments,
      List<ReaderCommentView> comments,
      String published,
      String pending,
      CommentForm form,
      List<EntityLink> entities,
      List<EventView> events) {}

  public record Story(Page page, String title, String summary, List<Card> versions) {}

  public record Source(
      Page page, String name, String total, List<Card> articles, List<PageLink> pages) {}

  public record Login(Page page, String error) {}

  public record PendingComment(
      long id,
      String articleId,
      String articleTitle,
      String name,
      String email,
      String text,
      String date) {}

  public record Moderation(
      Page page,
      List<PendingComment> pending,
      String pendingCount,
      String approvedCount,
      String rejectedCount,
      String notice) {}

  public record Error(Page page, int status, String message) {}

  /** A link to an entity's page, with a count when it is a facet. */
  public record EntityLink(String id, String name, String type, String count) {
    public String href() {
      return "/entity/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  /**
   * The facets beside results: people, countries and organisations, each linking to a narrower
   * search.
   */
  public record Facet(String title, List<FacetLink> links) {}

  public record FacetLink(String name, String count, String href, boolean active) {}

  /**
   * An event for display: {@code day} in Jalali words, {@code month} for grouping, {@code sortKey}
   * ISO.
   */
  public record EventView(
      String type,
      String cameo,
      List<EntityLink> actors,
      EntityLink place,
      String day,
      String month,
      String sortKey,
      List<String> topics,
      String sentence,
      String articleId,
      String articleTitle) {
    public String articleHref() {
      return "/a/" + articleId;
    }
  }

  public record EntityPage(
      Page page,
      String name,
      String nameEn,
      String type,
      String role,
      String total,
      List<EventView> events,
      List<Card> articles,
      List<EntityLink> together,
      List<PageLink> pages,
      LinkEvidence evidence,
      ReportForm report) {}

  /**
   * What an entity page says of its links: how many articles name it and on what evidence; {@code
   * guessed} when some of them were guesses.
   */
  public record LinkEvidence(String statement, boolean guessed) {}

  /**
   * The entity page's form to report a wrong link: the articles shown, and what came of a report.
   */
  public record ReportForm(String action, List<Choice> articles, String notice, int maxNote) {}

  public record Choice(String value, String label) {}

  /** A reported link waiting for a moderator. */
  public record PendingLinkReport(
      long id,
      String entityId,
      String entityName,
      String articleId,
      String articleTitle,
      String note,
      String date) {}

  public record LinkModeration(
      Page page,
      List<PendingLinkReport> pending,
      String pendingCount,
      String confirmedCount,
      String dismissedCount,
      String notice) {}

  /** The entities a name in an address may mean (/entity/روحانی), for the reader to choose. */
  public record EntityChoice(Page page, String name, List<EntityLink> candidates) {}

  public record TopicMonth(String month, List<String> topics) {}

  public record CountryPair(
      Page page,
      String a,
      String b,
      String total,
      List<EventView> events,
      List<TopicMonth> months,
      List<Card> articles) {}
}
