package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.Person;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.broadsheet.model.Span;
import org.broadsheet.model.Timex;

/**
 * Puts an article's analysis into its AST: text runs are split at span boundaries and wrapped in
 * {@link QuoteNode}, {@link TimeNode}, {@link PlaceNode} and {@link PersonNode}. Offsets are source
 * offsets, so this works the same for Markdown and plain text. Text inside links, images and code is
 * left alone (no nested links); a time, place or person span that crosses a text run is not linked.
 */
public final class AnnotationInserter {
    private AnnotationInserter() {}

    private record Mark(int start, int end, Function<BasedSequence, AnnotationNode> wrap) {}

    public static void insert(Document document, Extraction extraction) {
        List<Mark> quotes = outermost(quoteMarks(extraction));
        List<Mark> marks = outermost(innerMarks(extraction));
        List<Node> leaves = new ArrayList<>();
        collectLeaves(document, leaves);
        for (Node leaf : leaves) {
            split(leaf, quotes, marks);
        }
        joinOverLineBreaks(document);
    }

    /**
     * A quote wrapped over a line break inside a paragraph was split, like its text, into one node per
     * line: the pieces of one quote with only line breaks between them become one node again, so the page
     * shows one {@code <q>}. (A quote over several paragraphs stays one node per paragraph.)
     */
    private static void joinOverLineBreaks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof QuoteNode first)) {
                joinOverLineBreaks(child);
                continue;
            }
            Node next = first.getNext();
            while (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                Node after = next.getNext();
                if (!(after instanceof QuoteNode piece) || piece.quote() != first.quote()) {
                    break;
                }
                first.appendChild(next); // appendChild unlinks it from its place first
                for (Node c = piece.getFirstChild(); c != null; ) {
                    Node following = c.getNext();
                    first.appendChild(c);
                    c = following;
                }
                first.setChars(first.getChars().baseSubSequence(first.getStartOffset(), piece.getEndOffset()));
                piece.unlink();
                next = first.getNext();
            }
        }
    }

    private static List<Mark> quoteMarks(Extraction extraction) {
        List<Mark> out = new ArrayList<>();
        for (Quote q : extraction.quotes()) {
            if (q.kind() != QuoteKind.BLOCK) {
                out.add(new Mark(q.start(), q.end(), chars -> new QuoteNode(chars, q)));
            }
        }
        return out;
    }

    private static List<Mark> innerMarks(Extraction extraction) {
        List<Mark> out = new ArrayList<>();
        for (Timex t : extraction.dates()) {
            out.add(new Mark(t.start(), t.end(), chars -> new TimeNode(chars, t)));
        }
        for (PlaceMention p : extraction.places()) {
            out.add(new Mark(p.start(), p.end(), chars -> new PlaceNode(chars, p)));
        }
        for (Person person : extraction.people()) {
            for (Span s : person.mentions()) {
                out.add(new Mark(s.start(), s.end(), chars -> new PersonNode(chars, person.name())));
            }
        }
        return out;
    }

    /** Non-overlapping marks, earlier and then longer ones first. */
    private static List<Mark> outermost(List<Mark> marks) {
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> -m.end()));
        List<Mark> kept = new ArrayList<>();
        int end = -1;
        for (Mark m : marks) {
            if (m.start() >= end && m.end() > m.start()) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    private static void collectLeaves(Node node, List<Node> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link
                    || child instanceof LinkRef
                    || child instanceof Image
                    || child instanceof ImageRef
                    || child instanceof Code) {
                continue;
            }
            if (child instanceof Text || child instanceof LiteralText) {
                out.add(child);
            } else {
                collectLeaves(child, out);
            }
        }
    }

    private static void split(Node leaf, List<Mark> quotes, List<Mark> marks) {
        int s = leaf.getStartOffset();
        int e = leaf.getEndOffset();
        List<Mark> q = overlapping(quotes, s, e, false);
        List<Mark> m = overlapping(marks, s, e, true);
        if (q.isEmpty() && m.isEmpty()) {
            return;
        }
        // a time/place/person span that crosses a quote boundary is dropped rather than broken in two
        m.removeIf(mark -> q.stream().anyMatch(quote -> crosses(mark, quote)));
        TreeSet<Integer> cuts = new TreeSet<>(List.of(s, e));
        for (Mark x : q) {
            cuts.add(Math.max(s, x.start()));
            cuts.add(Math.min(e, x.end()));
        }
        for (Mark x : m) {
            cuts.add(x.start());
            cuts.add(x.end());
        }
        BasedSequence base = leaf.getChars().getBaseSequence();
        Integer[] at = cuts.toArray(new Integer[0]);
        Node quoteNode = null;
        Mark currentQuote = null;
        for (int i = 0; i + 1 < at.length; i++) {
            int from = at[i];
            int to = at[i + 1];
            Mark quote = containing(q, from, to);
            Mark mark = containing(m, from, to);
            BasedSequence chars = base.subSequence(from, to);
            Node piece = textLike(leaf, chars);
            if (mark != null) {
                Node wrapper = mark.wrap().apply(chars);
                wrapper.appendChild(piece);
                piece = wrapper;
            }
            if (quote == null) {
                quoteNode = null;
                currentQuote = null;
                leaf.insertBefore(piece);
            } else {
                if (quote != currentQuote) {
                    int qs = Math.max(s, quote.start());
                    int qe = Math.min(e, quote.end());
                    quoteNode = quote.wrap().apply(base.subSequence(qs, qe));
                    currentQuote = quote;
                    leaf.insertBefore(quoteNode);
                }
                quoteNode.appendChild(piece);
            }
        }
        leaf.unlink();
    }

    private static Node textLike(Node original, BasedSequence chars) {
        return original instanceof LiteralText ? new LiteralText(chars) : new Text(chars);
    }

    private static boolean crosses(Mark inner, Mark quote) {
        boolean startsInside = inner.start() >= quote.start() && inner.start() < quote.end();
        boolean endsInside = inner.end() > quote.start() && inner.end() <= quote.end();
        return startsInside != endsInside;
    }

    private static List<Mark> overlapping(List<Mark> marks, int s, int e, boolean whollyInside) {
        List<Mark> out = new ArrayList<>();
        for (Mark m : marks) {
            boolean keep = whollyInside ? m.start() >= s && m.end() <= e : m.start() < e && s < m.end();
            if (keep) {
                out.add(m);
            }
        }
        return out;
    }

    private static Mark containing(List<Mark> marks, int from, int to) {
        for (Mark m : marks) {
            if (m.start() <= from && to <= m.end()) {
                return m;
            }
        }
        return null;
    }
}
