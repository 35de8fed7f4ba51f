package ir.khabar.core.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;
import org.apache.lucene.util.BytesRef;

/**
 * The offsets of a hit's words in its body, from those the index keeps for the whole text (title,
 * then lead and body): the title's are left out and the rest moved back by where the body starts.
 * Offsets found by analysing the body itself are already the body's.
 */
final class BodyOffsets extends FieldOffsetStrategy {
  private final FieldOffsetStrategy text;
  private int bodyStart;

  BodyOffsets(FieldOffsetStrategy text, UHComponents components) {
    super(components);
    this.text = text;
  }

  /** Where the next document's body starts in its text. */
  void startAt(int bodyStart) {
    this.bodyStart = bodyStart;
  }

  @Override
  public OffsetSource getOffsetSource() {
    return text.getOffsetSource();
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
      throws IOException {
    OffsetsEnum offsets = text.getOffsetsEnum(reader, docId, content);
    boolean analysed = text.getOffsetSource() == OffsetSource.ANALYSIS;
    return !analysed && bodyStart > 0 ? new Shifted(offsets, bodyStart) : offsets;
  }

  private static final class Shifted extends OffsetsEnum {
    private final OffsetsEnum in;
    private final int shift;

    Shifted(OffsetsEnum in, int shift) {
      this.in = in;
      this.shift = shift;
    }

    @Override
    public boolean nextPosition() throws IOException {
      while (in.nextPosition()) {
        if (in.startOffset() >= shift) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int freq() throws IOException {
      return in.freq();
    }

    @Override
    public BytesRef getTerm() throws IOException {
      return in.getTerm();
    }

    @Override
    public int startOffset() throws IOException {
      return in.startOffset() - shift;
    }

    @Override
    public int endOffset() throws IOException {
      return in.endOffset() - shift;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
