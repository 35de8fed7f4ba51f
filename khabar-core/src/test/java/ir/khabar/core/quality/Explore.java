package ir.khabar.core.quality;

import ir.khabar.core.search.engine.ArticleDocuments;
import ir.khabar.persian.analysis.KhabarAnalyzer;
import ir.khabar.persian.analysis.Terms;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/** Alternative configurations tried on the query and index layer (exploration only). */
final class Explore {
  private static final KhabarAnalyzer QUERY = KhabarAnalyzer.forQuery();
  private static final KhabarAnalyzer INDEX = KhabarAnalyzer.forIndex();

  record Variant(
      String name,
      Similarity similarity,
      double titleBoost,
      int slop,
      double proxBoost,
      boolean whole,
      int fbDocs,
      int fbTerms,
      double fbWeight) {
    Variant(
        String name,
        Similarity similarity,
        double titleBoost,
        int slop,
        double proxBoost,
        boolean whole) {
      this(name, similarity, titleBoost, slop, proxBoost, whole, 0, 0, 0);
    }

    /**
     * RM3-like: the first pass's top documents, their terms weighted by score and share of the
     * text.
     */
    Query expand(HamshahriRankingTest.KhabarIndex k, String text) throws IOException {
      Query q = rewrite(k, text);
      if (fbDocs == 0 || q == null) {
        return q;
      }
      IndexSearcher s = new IndexSearcher(k.searcher.getIndexReader());
      s.setSimilarity(similarity);
      ScoreDoc[] top = s.search(q, fbDocs).scoreDocs;
      double total = 0;
      for (ScoreDoc sd : top) {
        total += sd.score;
      }
      Map<String, Double> weights = new HashMap<>();
      for (ScoreDoc sd : top) {
        List<String> terms =
            Terms.of(
                INDEX,
                ArticleDocuments.TEXT,
                k.texts.get(s.storedFields().document(sd.doc).get(ArticleDocuments.ID)));
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        double docWeight = sd.score / total;
        tf.forEach((t, n) -> weights.merge(t, docWeight * n / terms.size(), Double::sum));
      }
      List<Map.Entry<String, Double>> best =
          weights.entrySet().stream()
              .filter(
                  e -> e.getKey().length() > 1 && !e.getKey().chars().allMatch(Character::isDigit))
              .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
              .limit(fbTerms)
              .toList();
      double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
      int n = Math.max(1, Terms.of(QUERY, ArticleDocuments.TEXT, text).size());
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(q, System.getenv("KHABAR_FB_MUST") != null ? Occur.MUST : Occur.SHOULD);
      for (Map.Entry<String, Double> e : best) {
        b.add(
            new BoostQuery(
                new TermQuery(new Term(ArticleDocuments.TEXT, e.getKey())),
                (float) (fbWeight * n * e.getValue() / sum)),
            Occur.SHOULD);
      }
      return b.build();
    }

    Query rewrite(HamshahriRankingTest.KhabarIndex k, String text) {
      Query q = k.query(text);
      if (!(q instanceof BooleanQuery bq)) {
        return q;
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (BooleanClause c : bq.clauses()) {
        if (c.getQuery() instanceof BoostQuery boost) {
          if (titleBoost > 0) {
            b.add(new BoostQuery(boost.getQuery(), (float) titleBoost), c.getOccur());
          }
        } else {
          b.add(c);
        }
      }
      List<String> terms = Terms.of(QUERY, ArticleDocuments.TEXT, text);
      if (proxBoost > 0 && terms.size() > 1) {
        if (whole) {
          b.add(new BoostQuery(phrase(terms, slop), (float) proxBoost), Occur.SHOULD);
        } else {
          for (int i = 0; i + 1 < terms.size(); i++) {
            b.add(
                new BoostQuery(phrase(terms.subList(i, i + 2), slop), (float) proxBoost),
                Occur.SHOULD);
          }
        }
      }
      return b.build();
    }
  }

  static Query phrase(List<String> terms, int slop) {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    terms.forEach(t -> p.add(new Term(ArticleDocuments.TEXT, t)));
    p.setSlop(slop);
    return p.build();
  }

  static List<Variant> variants() {
    List<Variant> v = new ArrayList<>();
    String spec = System.getenv().getOrDefault("KHABAR_RANKING_VARIANTS", "grid");
    BM25Similarity def = new BM25Similarity();
    v.add(new Variant("product first pass (title 0.1, no feedback)", def, 0.1, 0, 0, false));
    if (spec.contains("grid")) {
      for (double tb : new double[] {0, 0.3, 1.0, 1.5}) {
        v.add(new Variant("tb " + tb, def, tb, 0, 0, false));
      }
      for (float k1 : new float[] {0.6f, 0.9f, 1.2f, 1.6f, 2.0f}) {
        for (float b : new float[] {0.3f, 0.5f, 0.75f, 0.9f}) {
          v.add(new Variant("k1 " + k1 + " b " + b, new BM25Similarity(k1, b), 0.6, 0, 0, false));
        }
      }
      for (int slop : new int[] {0, 2, 8}) {
        for (double w : new double[] {0.1, 0.3, 0.6}) {
          v.add(new Variant("pairs slop " + slop + " w " + w, def, 0.6, slop, w, false));
          v.add(new Variant("whole slop " + slop * 2 + " w " + w, def, 0.6, slop * 2, w, true));
        }
      }
    }
    if (spec.contains("prf")) {
      for (float[] sim : new float[][] {{1.2f, 0.75f}, {1.6f, 0.75f}, {2.0f, 0.75f}}) {
        for (double tb : new double[] {0, 0.1}) {
          for (int docs : new int[] {5, 10, 20}) {
            for (int terms : new int[] {10, 20, 40}) {
              for (double w : new double[] {0.5, 1.0, 2.0}) {
                v.add(
                    new Variant(
                        "k1 " + sim[0] + " tb " + tb + " fb " + docs + "/" + terms + " w " + w,
                        new BM25Similarity(sim[0], sim[1]),
                        tb,
                        0,
                        0,
                        false,
                        docs,
                        terms,
                        w));
              }
            }
          }
        }
      }
    }
    if (spec.contains("final")) {
      for (int terms : new int[] {10, 20}) {
        for (double w : new double[] {0.5, 1.0, 2.0}) {
          v.add(
              new Variant(
                  "tb 0.1 fb 10/" + terms + " w " + w, def, 0.1, 0, 0, false, 10, terms, w));
        }
      }
    }
    if (spec.contains("two")) {
      for (double tb : new double[] {0, 0.1, 0.2}) {
        for (float k1 : new float[] {1.2f, 1.6f, 2.0f}) {
          for (float b : new float[] {0.6f, 0.75f, 0.9f}) {
            v.add(
                new Variant(
                    "tb " + tb + " k1 " + k1 + " b " + b,
                    new BM25Similarity(k1, b),
                    tb,
                    0,
                    0,
                    false));
          }
        }
      }
      for (double tb : new double[] {0, 0.1}) {
        for (int slop : new int[] {0, 2, 8}) {
          for (double w : new double[] {0.1, 0.2, 0.4}) {
            v.add(
                new Variant(
                    "tb " + tb + " pairs slop " + slop + " w " + w, def, tb, slop, w, false));
            v.add(
                new Variant(
                    "tb " + tb + " whole slop " + slop * 2 + " w " + w,
                    def,
                    tb,
                    slop * 2,
                    w,
                    true));
          }
        }
      }
    }
    return v;
  }

  private Explore() {}

  /**
   * Prints, per judged query, Khabar's top ten, the relevant documents it ranks far below stock,
   * and stock's top ten it lacks.
   */
  static void read(
      JudgedCollections.Collection c,
      HamshahriRankingTest.KhabarIndex kh,
      HamshahriRankingTest.StockIndex stock)
      throws Exception {
    Map<String, JudgedCollections.Doc> byId =
        c.docs().stream().collect(Collectors.toMap(JudgedCollections.Doc::id, d -> d));
    for (JudgedCollections.Topic t : c.topics()) {
      List<String> k = kh.ranked(t.query(), 1000);
      List<String> s = stock.ranked(t.query(), 1000);
      System.out.printf(
          "%n=== %s %s | khabar: %s | stock: %s%n",
          t.number(),
          t.query(),
          kh.factory.parse(t.query(), Occur.SHOULD).understood(),
          Terms.of(new PersianAnalyzer(), "text", t.query()));
      for (int r = 0; r < 10; r++) {
        String id = k.get(r);
        System.out.printf(
            "  K%-2d %s %s %s%n",
            r + 1, t.relevant().contains(id) ? "R" : "-", id, byId.get(id).title());
      }
      for (String id : t.relevant()) {
        int rk = k.indexOf(id);
        int rs = s.indexOf(id);
        if ((rk < 0 || rk > rs + 20) && rs >= 0 && rs < 100) {
          System.out.printf("  miss: %s K%d S%d %s%n", id, rk + 1, rs + 1, byId.get(id).title());
        }
      }
      for (int r = 0; r < 10; r++) {
        String id = s.get(r);
        if (!k.subList(0, 10).contains(id)) {
          System.out.printf(
              "  S%-2d %s %s %s%n",
              r + 1, t.relevant().contains(id) ? "R" : "-", id, byId.get(id).title());
        }
      }
    }
  }
}
