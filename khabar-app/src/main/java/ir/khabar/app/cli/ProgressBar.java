package ir.khabar.app.cli;

/** A progress bar on standard error, drawn only when a person is watching a terminal. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final int total;
  private final boolean visible;
  private int lastDrawn = -1;

  private ProgressBar(int total, boolean visible) {
    this.total = total;
    this.visible = visible;
  }

  static ProgressBar onTerminal(int total) {
    return new ProgressBar(total, System.console() != null && total > 1);
  }

  synchronized void update(int done) {
    if (!visible) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    System.err.print(
        "\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    System.err.flush();
  }

  void finish() {
    if (visible) {
      System.err.println();
    }
  }
}
