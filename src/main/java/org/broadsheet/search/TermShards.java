package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Cuts the sorted term dictionary into consecutive ranges of about {@link #TARGET_BYTES} each, so that a
 * query fetches only the shards its words fall in. The browser finds a word's shard by binary search over
 * the first term of every shard (listed in meta.json), and the shards a prefix can expand into are the
 * consecutive ones covering [prefix, prefix + U+FFFF]. Terms compare as UTF-16 code units, as
 * JavaScript strings do.
 *
 * <p>Binary layout of a shard, repeated per term in order: term (varint byte length + UTF-8), document
 * frequency (varint), byte length of the postings (varint), then per document: id gap (varint, the first
 * gap from 0) and the BM25 impact (one byte).
 */
final class TermShards {
    /** Small enough that a three-word query stays well under 1 MB, big enough to keep file counts low. */
    static final int TARGET_BYTES = 64 * 1024;

    private final List<String> firstTerms = new ArrayList<>();
    private final List<byte[]> shards = new ArrayList<>();

    TermShards(SortedMap<String, PostingsCollector.TermPostings> postings, int targetBytes) {
        this(postings, targetBytes, () -> {});
    }

    /** @param checkpoint runs now and then; it may throw to give the work up */
    TermShards(SortedMap<String, PostingsCollector.TermPostings> postings, int targetBytes, Runnable checkpoint) {
        ByteSink current = new ByteSink();
        for (Map.Entry<String, PostingsCollector.TermPostings> entry : postings.entrySet()) {
            if (current.size() == 0) {
                checkpoint.run();
                firstTerms.add(entry.getKey());
            }
            current.bytes(encode(entry.getKey(), entry.getValue()));
            if (current.size() >= targetBytes) {
                shards.add(current.toByteArray());
                current = new ByteSink();
            }
        }
        if (current.size() > 0) {
            shards.add(current.toByteArray());
        }
    }

    static byte[] encode(String term, PostingsCollector.TermPostings postings) {
        ByteSink list = new ByteSink();
        int previous = 0;
        for (int i = 0; i < postings.ids().length; i++) {
            list.varint(postings.ids()[i] - previous);
            list.unsignedByte(postings.impacts()[i]);
            previous = postings.ids()[i];
        }
        ByteSink entry = new ByteSink();
        entry.string(term);
        entry.varint(postings.ids().length);
        byte[] listBytes = list.toByteArray();
        entry.varint(listBytes.length);
        entry.bytes(listBytes);
        return entry.toByteArray();
    }

    /** The first term of each shard, in shard order. */
    List<String> firstTerms() {
        return List.copyOf(firstTerms);
    }

    /** The encoded shards; shard n is written to {@code t/n.bin}. */
    List<byte[]> shards() {
        return List.copyOf(shards);
    }
}
