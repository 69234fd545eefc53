package org.broadsheet.analysis.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.broadsheet.analysis.AnalysisText;
import org.broadsheet.analysis.AnalysisText.Block;
import org.broadsheet.analysis.AnalysisText.BlockKind;
import org.broadsheet.analysis.Explanation;
import org.broadsheet.analysis.people.GenderGuesser;
import org.broadsheet.analysis.text.Lexicon;
import org.broadsheet.analysis.text.Sentence;
import org.broadsheet.analysis.text.SentenceSplitter;
import org.broadsheet.model.Person;
import org.broadsheet.model.Quote;
import org.broadsheet.model.QuoteKind;
import org.broadsheet.model.Span;

/**
 * Finds quotations and attributes them to the people found in the same article. Scans the quotation
 * marks, decides utterance or fragment, finds the attribution in the quote's sentence, and where a
 * quote has none, takes it where news style puts it: from another quote of the same paragraph, from
 * the previous paragraph when that one was quoted speech or ended with "X said:", or from the subject
 * of the previous sentence. Blockquote blocks are quotes of kind {@code block}. Thread-safe: all state
 * is per call.
 */
public final class QuoteFinder {
    private static final Lexicon PERSONAL = Lexicon.load("personal-pronouns");

    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "it", "they", "we", "i", "his", "her", "its", "their");
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("but", "and", "yet", "so", "or", "while", "although", "though", "whereas");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteScanner scanner = new QuoteScanner();
    private final GenderGuesser genders = new GenderGuesser();
    private final Set<String> off;

    public QuoteFinder() {
        this(Set.of());
    }

    /** @param off names of sieves not to apply ({@link #RULES}): for showing that each one is needed */
    QuoteFinder(Set<String> off) {
        this.off = Set.copyOf(off);
    }

    /** The rules a spec case may turn off: the speaker sieves and the two corrections of a quote's kind. */
    static final List<String> RULES = List.of(
            "speaker-own-cue",
            "speaker-same-paragraph-quote",
            "speaker-previous-sentence",
            "speaker-previous-paragraph",
            "speaker-previous-paragraph-last-sentence",
            "speaker-sentence-subject",
            "speaker-same-sentence-quote",
            "speaker-outermost-subject",
            "split-utterance",
            "short-term-scare");

    private boolean on(String rule) {
        return !off.contains(rule);
    }

    /** The finder's name in an {@link Explanation}. */
    public static final String FINDER = "quotes";

    public List<Quote> find(AnalysisText text, List<Person> people) {
        return find(text, people, Explanation.NONE);
    }

    /**
     * As {@link #find(AnalysisText, List)}, recording into {@code why} each quote's kind and the sieve that gave
     * it its speaker: its own cue, or where news style puts the cue of a quote without one.
     */
    public List<Quote> find(AnalysisText text, List<Person> people, Explanation why) {
        String s = text.text();
        List<BlockText> blocks = new ArrayList<>();
        for (Block b : text.blocks()) {
            blocks.add(BlockText.of(b, splitter.split(s, b.start(), b.end())));
        }
        List<QuoteScanner.Found> found = scanner.scan(text);
        AttributionFinder attributions = new AttributionFinder(s, found);
        SpeakerResolver resolver = new SpeakerResolver(s, people, genders);
        DescriptionMentions.note(blocks, resolver);

        List<Attribution> attributed = new ArrayList<>();
        List<String> sieves = new ArrayList<>();
        List<Boolean> utterances = new ArrayList<>();
        for (QuoteScanner.Found q : found) {
            BlockText first = blockAt(blocks, q.start());
            BlockText last = blockAt(blocks, Math.max(q.start(), q.end() - 1));
            Sentence sentence = first.sentenceAt(q.start());
            boolean utterance = QuoteKinds.isUtterance(s, q, sentence);
            utterances.add(utterance);
            Attribution own = on("speaker-own-cue") ? attributions.find(q, first, last, utterance) : null;
            attributed.add(own);
            sieves.add(own == null ? null : "own-cue");
        }
        inherit(found, blocks, attributed, sieves, utterances, attributions, off);

        boolean[] personAt = new boolean[found.isEmpty() ? 0 : s.length()];
        for (Person p : found.isEmpty() ? List.<Person>of() : people) {
            for (Span m : p.mentions()) {
                Arrays.fill(personAt, m.start(), m.end(), true);
            }
        }
        List<Quote> out = new ArrayList<>();
        QuoteKind previousKind = null;
        for (int i = 0; i < found.size(); i++) {
            QuoteScanner.Found q = found.get(i);
            Attribution a = attributed.get(i);
            BlockText block = blockAt(blocks, q.start());
            Attribution subject = a == null && !utterances.get(i) && on("speaker-sentence-subject")
                    ? attributions.ofSentenceSubject(block, q)
                    : null;
            boolean someone = subject != null || namesSomeone(block, q, personAt);
            QuoteKind kind = QuoteKinds.kind(s, q, utterances.get(i), a, someone);
            String sieve = sieves.get(i);
            String kindRule = "kind-" + kind.label();
            if (kind == QuoteKind.PARTIAL
                    && on("split-utterance")
                    && a != null
                    && i > 0
                    && previousKind == QuoteKind.DIRECT
                    && a.equals(attributed.get(i - 1))
                    && block.contains(found.get(i - 1).start())) {
                kind = QuoteKind.DIRECT; // “We will stay,” she said, “and ...”: one utterance, split
                kindRule = "split-utterance";
            }
            previousKind = kind;
            if (kind == QuoteKind.SCARE) {
                a = null;
                sieve = null;
            } else if (a == null && kind == QuoteKind.PARTIAL) {
                a = subject; // a fragment without a cue: its sentence's subject's words,
                sieve = a == null ? null : "sentence-subject";
                if (a == null && on("speaker-same-sentence-quote")) { // or else its sentence's other quote's
                    a = sameSentence(found, attributed, i, block);
                    sieve = a == null ? null : "same-sentence-quote";
                }
                if (a == null && on("short-term-scare") && QuoteKinds.isShort(s, q)) {
                    kind = QuoteKind.SCARE; // a term of a few words that nobody can be said to have said
                    kindRule = "short-term-scare";
                    previousKind = kind;
                }
            }
            if (a != null && kind != QuoteKind.SCARE) {
                Attribution outer =
                        on("speaker-outermost-subject") ? outermost(a, block, q, attributions, resolver) : a;
                sieve = outer == a ? sieve : "outermost-subject";
                a = outer;
            }
            if (why.on()) {
                String quoted = s.substring(q.start(), q.end());
                why.kept(FINDER, q.start(), q.end(), quoted, "quotation-marks");
                why.kept(FINDER, q.start(), q.end(), quoted, kindRule);
                if (a != null && sieve != null) {
                    why.kept(FINDER, q.start(), q.end(), quoted, "speaker-" + sieve);
                }
            }
            Span mention = a == null ? null : a.mention();
            String speaker = mention == null ? null : resolver.resolve(mention);
            out.add(new Quote(q.start(), q.end(), s.substring(q.start(), q.end()), kind, speaker, mention));
        }
        addBlockquotes(text, blocks, attributions, resolver, out, why);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A pronoun attribution inside a sentence whose subject is the same person gives way to that
     * subject: in "Smith said she recalled thinking, “...”" or "Smith condemned what she called “...”"
     * the source news reports is the outermost one, Smith.
     */
    private static Attribution outermost(
            Attribution a,
            BlockText block,
            QuoteScanner.Found q,
            AttributionFinder attributions,
            SpeakerResolver resolver) {
        String pronoun = a.mention().text().toLowerCase(Locale.ROOT);
        Sentence sentence = block.sentenceAt(q.start());
        if (!PRONOUNS.contains(pronoun)
                || sentence == null
                || a.mention().start() < sentence.start()
                || a.mention().end() > sentence.end()) {
            return a;
        }
        int before = block.tokenAt(a.mention().start()) - 1;
        if (before >= 0
                && CLAUSE_OPENERS.contains(block.tokens().get(before).text().toLowerCase(Locale.ROOT))) {
            return a; // "Smith said ..., but she said “...”": a clause of its own
        }
        Attribution subject = attributions.ofSentenceSubject(block, q);
        if (subject == null || subject.mention().start() >= a.mention().start()) {
            return a;
        }
        String opening = subject.mention().text().toLowerCase(Locale.ROOT).replaceAll("[’'].*", "");
        if (opening.equals(pronoun)) { // "It is rejecting what it calls ..."
            return subject; // "He did not mention the tweets in which he called her “...”"
        }
        String person = resolver.resolve(a.mention());
        return person != null && person.equals(resolver.resolve(subject.mention())) ? subject : a;
    }

    /** Utterances without an attribution of their own take one from where news style puts it. */
    private static void inherit(
            List<QuoteScanner.Found> found,
            List<BlockText> blocks,
            List<Attribution> attributed,
            List<String> sieves,
            List<Boolean> utterances,
            AttributionFinder attributions,
            Set<String> off) {
        for (int i = 0; i < found.size(); i++) {
            if (attributed.get(i) != null || !utterances.get(i)) {
                continue;
            }
            QuoteScanner.Found q = found.get(i);
            BlockText block = blockAt(blocks, q.start());
            Attribution a =
                    off.contains("speaker-same-paragraph-quote") ? null : sameBlock(found, attributed, i, block);
            String sieve = "same-paragraph-quote";
            if (a == null && !off.contains("speaker-previous-sentence")) {
                a = attributions.ofPreviousSentence(block, q);
                sieve = "previous-sentence";
            }
            int index = indexAt(blocks, q.start());
            if (a == null
                    && index > 0
                    && q.start() == block.block().start()
                    && !off.contains("speaker-previous-paragraph")) {
                a = fromPreviousBlock(found, attributed, i, blocks.get(index - 1), attributions);
                sieve = "previous-paragraph";
            }
            if (a == null
                    && index > 0
                    && q.start() == block.block().start()
                    && !off.contains("speaker-previous-paragraph-last-sentence")) {
                a = attributions.ofLastSentence(blocks.get(index - 1));
                sieve = "previous-paragraph-last-sentence";
            }
            attributed.set(i, a);
            sieves.set(i, a == null ? null : sieve);
        }
    }

    /** The attribution of another quote in the same sentence: the nearest before it, else after it. */
    private static Attribution sameSentence(
            List<QuoteScanner.Found> found, List<Attribution> attributed, int i, BlockText block) {
        Sentence sentence = block.sentenceAt(found.get(i).start());
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step;
                    j >= 0
                            && j < found.size()
                            && block.contains(found.get(j).start())
                            && block.sentenceAt(found.get(j).start()) == sentence;
                    j += step) {
                if (attributed.get(j) != null) {
                    return attributed.get(j);
                }
            }
        }
        return null;
    }

    private static Attribution sameBlock(
            List<QuoteScanner.Found> found, List<Attribution> attributed, int i, BlockText block) {
        for (int j = i - 1; j >= 0 && block.contains(found.get(j).start()); j--) {
            if (attributed.get(j) != null) {
                return attributed.get(j);
            }
        }
        for (int j = i + 1; j < found.size() && block.contains(found.get(j).start()); j++) {
            if (attributed.get(j) != null) {
                return attributed.get(j);
            }
        }
        return null;
    }

    private static Attribution fromPreviousBlock(
            List<QuoteScanner.Found> found,
            List<Attribution> attributed,
            int before,
            BlockText previous,
            AttributionFinder attributions) {
        if (endsWithColon(previous)) {
            Attribution a = attributions.ofLeadIn(previous);
            return a != null ? a : attributions.ofLastSentence(previous); // "Ortiz made the following comment:"
        }
        int j = before - 1; // quotes are in text order: the last one before this quote
        if (j >= 0
                && previous.block().start() <= found.get(j).start()
                && found.get(j).start() < previous.block().end()) {
            return attributed.get(j);
        }
        return null;
    }

    private static void addBlockquotes(
            AnalysisText text,
            List<BlockText> blocks,
            AttributionFinder attributions,
            SpeakerResolver resolver,
            List<Quote> out,
            Explanation why) {
        Attribution a = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i).block();
            if (b.kind() != BlockKind.BLOCKQUOTE) {
                continue;
            }
            boolean continues = i > 0 && blocks.get(i - 1).block().kind() == BlockKind.BLOCKQUOTE;
            if (!continues) { // later paragraphs of one blockquote keep its speaker
                a = i == 0 ? null : blockquoteLeadIn(blocks.get(i - 1), attributions);
            }
            Span mention = a == null ? null : a.mention();
            why.kept(FINDER, b.start(), b.end(), text.blockText(b), "blockquote");
            if (mention != null) {
                why.kept(
                        FINDER,
                        b.start(),
                        b.end(),
                        text.blockText(b),
                        "speaker-" + (continues ? "blockquote-before" : "lead-in"));
            }
            out.add(new Quote(
                    b.start(),
                    b.end(),
                    text.blockText(b),
                    QuoteKind.BLOCK,
                    mention == null ? null : resolver.resolve(mention),
                    mention));
        }
    }

    /**
     * Who speaks a blockquote, from the paragraph before it: one that ends with a colon introduces it
     * ("The mayor said:"); one whose last sentence reports someone's speech ("Dr. Ama Boateng, who led the
     * study, said the first 400 children had been enrolled.") hands the blockquote to that speaker.
     */
    private static Attribution blockquoteLeadIn(BlockText previous, AttributionFinder attributions) {
        if (endsWithColon(previous)) {
            return attributions.ofLeadIn(previous);
        }
        if (previous.block().kind() != BlockKind.PARAGRAPH
                || previous.sentences().isEmpty()) {
            return null;
        }
        Attribution a = attributions.ofLeadIn(previous);
        Sentence last = previous.sentences().get(previous.sentences().size() - 1);
        return a != null && last.contains(a.cueStart()) ? a : null;
    }

    /** Does the quote's sentence, outside the quote, name a person or use a personal pronoun? */
    private static boolean namesSomeone(BlockText block, QuoteScanner.Found q, boolean[] personAt) {
        Sentence sentence = block.sentenceAt(q.start());
        if (sentence == null) {
            return false;
        }
        for (org.broadsheet.analysis.text.Token t : sentence.tokens()) {
            if (t.start() >= q.start() && t.start() < q.end()) {
                continue;
            }
            if (personAt[t.start()] || PERSONAL.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithColon(BlockText block) {
        return block.block().kind() != BlockKind.BLOCKQUOTE
                && !block.tokens().isEmpty()
                && block.tokens().get(block.tokens().size() - 1).is(":");
    }

    private static BlockText blockAt(List<BlockText> blocks, int offset) {
        return blocks.get(indexAt(blocks, offset));
    }

    /** Index of the last block starting at or before {@code offset} (blocks are in text order). */
    private static int indexAt(List<BlockText> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (blocks.get(mid).block().start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
