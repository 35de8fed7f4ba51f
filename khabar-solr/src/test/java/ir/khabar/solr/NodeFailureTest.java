package ir.khabar.solr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.khabar.core.Article;
import ir.khabar.core.index.LuceneSearchEngine;
import ir.khabar.core.pipeline.Ingest;
import ir.khabar.core.search.Hit;
import ir.khabar.core.search.SearchRequest;
import ir.khabar.solr.cluster.LocalCluster;
import ir.khabar.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawler's steady stream of 900 Fars News articles (one every few milliseconds, a commit every
 * 50) goes into a 2-shard × 2-replica collection; a Solr node is stopped a third of the way through
 * and started again later. Once the cluster has recovered, every article is stored, on every
 * replica.
 */
@Tag("solr")
class NodeFailureTest {
  private static final int COMMIT_EVERY = 50;
  @TempDir Path data;

  @Test
  void aNodeKilledDuringIndexingLosesNoArticle() throws Exception {
    List<Article> articles = farsNewsArticles();
    assertThat(articles).hasSizeGreaterThan(800);
    try (LocalCluster cluster = LocalCluster.start(data.resolve("cluster"), 2, "failover", 2, 2);
        SolrSearchEngine solr = SolrSearchEngine.connect(cluster.address())) {
      // About a third of the way, just after a commit: a commit blocks while a shard has no leader,
      // so a
      // node stopped on the eve of one would leave the stream waiting out the whole outage.
      CountDownLatch aThird =
          new CountDownLatch(articles.size() / 3 / COMMIT_EVERY * COMMIT_EVERY + 1);
      AtomicInteger sent = new AtomicInteger();
      CompletableFuture<Integer> stream =
          CompletableFuture.supplyAsync(() -> send(solr, articles, aThird, sent));
      assertThat(aThird.await(120, TimeUnit.SECONDS)).isTrue();

      JettySolrRunner node = cluster.solr().getJettySolrRunner(0);
      cluster.solr().stopJettySolrRunner(node);
      cluster.solr().waitForJettyToStop(node);
      int sentBeforeStop = sent.get();
      Thread.sleep(3_000);
      // On a busy machine the stream may wait out a leader election first: give it time to send.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (sent.get() - sentBeforeStop < 5 && System.nanoTime() < deadline && !stream.isDone()) {
        Thread.sleep(100);
      }
      int sentWhileDown = sent.get() - sentBeforeStop;
      cluster.solr().startJettySolrRunner(node);
      int added = stream.get(300, TimeUnit.SECONDS);
      solr.commit();
      cluster.solr().waitForActiveCollection("failover", 120, TimeUnit.SECONDS);

      assertThat(sentWhileDown).as("articles sent while the node was down").isPositive();
      assertThat(added).isEqualTo(articles.size());
      assertThat(solr.count()).isEqualTo(articles.size());
      for (Article a : articles) {
        assertThat(solr.get(a.id())).as("article %s", a.id()).contains(a);
      }
      List<Long> replicas = replicaCounts(cluster);
      assertThat(replicas).hasSize(4);
      assertThat(replicas.get(1)).as("shard 1's copies agree").isEqualTo(replicas.get(0));
      assertThat(replicas.get(3)).as("shard 2's copies agree").isEqualTo(replicas.get(2));
      assertThat(replicas.get(0) + replicas.get(2)).isEqualTo(articles.size());
    }
  }

  /**
   * Sends the articles at a crawler's pace, committing every {@value #COMMIT_EVERY}; how many were
   * new.
   */
  private static int send(
      SolrSearchEngine solr, List<Article> articles, CountDownLatch progress, AtomicInteger sent) {
    int added = 0;
    try {
      for (Article a : articles) {
        added += solr.add(a, null) ? 1 : 0;
        sent.incrementAndGet();
        progress.countDown();
        if (sent.get() % COMMIT_EVERY == 0) {
          solr.commit();
        }
        Thread.sleep(5);
      }
      return added;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Three Fars News files ingested by the embedded engine, read back with their stories. */
  private List<Article> farsNewsArticles() throws Exception {
    List<Path> files =
        List.of(
            SharedData.farsnews().resolve("fars-news-1.json"),
            SharedData.farsnews().resolve("fars-news-2.json"),
            SharedData.farsnews().resolve("fars-news-3.json"));
    List<Article> out = new ArrayList<>();
    try (LuceneSearchEngine embedded = LuceneSearchEngine.open(data.resolve("index"))) {
      Ingest.files(embedded, files);
      for (Hit h : embedded.browse(SearchRequest.browse().limit(2_000).build()).hits()) {
        out.addAll(embedded.story(h.article().story()));
      }
    }
    return out;
  }

  /**
   * Documents on each replica, asked of the replica alone: shard 1's two copies, then shard 2's.
   */
  private static List<Long> replicaCounts(LocalCluster cluster) throws Exception {
    List<Long> out = new ArrayList<>();
    var collection = cluster.solr().getZkStateReader().getClusterState().getCollection("failover");
    for (var slice :
        collection.getSlices().stream()
            .sorted((a, b) -> a.getName().compareTo(b.getName()))
            .toList()) {
      for (Replica r : slice.getReplicas()) {
        try (HttpJdkSolrClient client = new HttpJdkSolrClient.Builder(r.getCoreUrl()).build()) {
          SolrQuery q = new SolrQuery("*:*").setRows(0);
          q.set("distrib", false);
          out.add(client.query(q).getResults().getNumFound());
        }
      }
    }
    return out;
  }
}
