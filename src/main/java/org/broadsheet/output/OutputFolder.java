package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * The site-output folder, written as one transaction. Pages are written (from any thread) into a
 * staging folder in the output's work folder (outside the output, on the same file system);
 * {@link #commit()} then moves each changed file into place with a rename and removes the files the
 * previous build made and this one did not. Until commit, the previous site stays as it was; files
 * whose bytes did not change are never rewritten. The commit is journaled ({@link CommitJournal}), so
 * a kill at any moment leaves the old site, or a commit the next build finishes before anything else.
 * Nothing outside the output folder and its work folder is ever written or deleted: every path is checked.
 */
public final class OutputFolder {
    static final String MANIFEST = ".broadsheet-manifest";
    static final String STAGING = CommitJournal.LEGACY_STAGING;

    private final Path root;
    private final Path work;
    private final Path staging;
    /** Set when some sources could not be read: nothing the last build made is removed this time. */
    private volatile boolean keepUnproduced;
    /** Set once the journal is written: from then on the commit is finished, here or by the next build. */
    private volatile boolean committing;

    private final Set<String> produced;
    private final Map<String, String> keys;
    private final Map<String, String> previousKeys;
    /** The previous build's files and keys, read once. */
    private final SortedMap<String, String> previousManifest;

    private final Set<String> staged = new ConcurrentSkipListSet<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    /** What a commit did. */
    public record Summary(int written, int unchanged, int removed) {}

    private final boolean rewriteAll;

    /** Which files this transaction writes; the previous build's other files are carried over as they are. */
    private final Predicate<String> owns;

    /** @param rewriteAll write every file even when its bytes did not change (build --clean) */
    public OutputFolder(Path root, boolean rewriteAll) throws IOException {
        this(root, rewriteAll, path -> true);
    }

    /** As {@link #OutputFolder(Path, Path, boolean, Predicate)} with the work folder beside the output. */
    public OutputFolder(Path root, boolean rewriteAll, Predicate<String> owns) throws IOException {
        this(root, besideOutput(root.toAbsolutePath().normalize()), rewriteAll, owns);
    }

    /**
     * A transaction over part of the output folder: only files {@code owns} accepts are written or
     * removed; every other file of the previous build stays, with its key. An interrupted commit in
     * {@code work} is finished first.
     *
     * @param work the output's work folder (staging, journal, lock): see {@link #workFolder}
     */
    public OutputFolder(Path root, Path work, boolean rewriteAll, Predicate<String> owns) throws IOException {
        this.owns = owns;
        this.rewriteAll = rewriteAll;
        this.root = root.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        Files.createDirectories(this.root);
        Files.createDirectories(this.work);
        CommitJournal.recover(this.root, this.work);
        this.staging = Files.createTempDirectory(this.work, CommitJournal.STAGING_PREFIX);
        this.previousManifest = readManifest();
        // sized for a build like the last one, so parallel writers do not wait on the tables growing
        int expected = Math.max(64, previousManifest.size() * 4 / 3 + 16);
        this.produced = ConcurrentHashMap.newKeySet(expected);
        this.keys = new ConcurrentHashMap<>(expected);
        this.previousKeys = rewriteAll ? Map.of() : previousManifest;
    }

    /**
     * Where the output's staging folders, commit journal and lock live: under the site's
     * {@code .broadsheet/publish/} when that is on the output's file system (so a commit is renames
     * only), else in a hidden folder beside the output. Never inside the output, which is published as it is.
     */
    public static Path workFolder(Path site, Path output) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path publish = site.toAbsolutePath().normalize().resolve(".broadsheet/publish");
        Files.createDirectories(out);
        Files.createDirectories(publish);
        FileStore outStore = Files.getFileStore(out);
        if (outStore.equals(Files.getFileStore(publish))) {
            String name = out.getFileName() == null ? "root" : out.getFileName().toString();
            return publish.resolve(
                    name + "-" + Integer.toHexString(out.toString().hashCode()));
        }
        return besideOutput(out);
    }

    private static Path besideOutput(Path out) {
        Path parent = out.getParent() == null ? out : out.getParent();
        return parent.resolve("." + (out.getFileName() == null ? "root" : out.getFileName()) + ".broadsheet-publish");
    }

    /**
     * Finishes a commit that a killed build left half-done and removes abandoned staging folders; what
     * every build does first, with the lock held. Returns whether there was a commit to finish.
     */
    public static boolean recover(Path root, Path work) throws IOException {
        return CommitJournal.recover(
                root.toAbsolutePath().normalize(), work.toAbsolutePath().normalize());
    }

    /**
     * Keeps every file of the previous build that this one does not produce, with its key: for a
     * build that could not read some of its sources, whose pages must stay published.
     */
    public void keepUnproduced() {
        keepUnproduced = true;
    }

    /**
     * Keeps a file of the previous build when it was made from the same inputs: {@code key} must
     * capture everything the file depends on. Returns false (and the caller renders the file) when
     * the key differs or the file is gone.
     */
    public boolean reuse(String relativePath, String key) {
        Path target = resolve(relativePath);
        if (key == null
                || !key.equals(previousKeys.get(relativePath))
                || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!produced.add(relativePath)) {
            throw new IllegalStateException("two pages want the same file: " + relativePath);
        }
        keys.put(relativePath, key);
        return true;
    }

    /**
     * Keeps every file the previous build wrote under {@code prefix} (except those in {@code except})
     * when all of them were made from inputs with this key and are still there; returns false, keeping
     * none, otherwise. For generated sets of files such as the search index.
     */
    public synchronized boolean reuseAll(String prefix, java.util.Set<String> except, String key) {
        java.util.List<String> previous = previousKeys.keySet().stream()
                .filter(p -> p.startsWith(prefix) && !except.contains(p))
                .toList();
        if (previous.isEmpty()) {
            return false;
        }
        for (String rel : previous) {
            if (!key.equals(previousKeys.get(rel)) || !Files.isRegularFile(resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        for (String rel : previous) {
            reuse(rel, key);
        }
        return true;
    }

    /** As {@link #write(String, byte[])}, remembering the key of the inputs it was made from. */
    public void write(String relativePath, byte[] bytes, String key) {
        write(relativePath, bytes);
        if (key != null) {
            keys.put(relativePath, key);
        }
    }

    /** As {@link #write(String, String)}, remembering the key of the inputs it was made from. */
    public void write(String relativePath, String text, String key) {
        write(relativePath, text);
        if (key != null) {
            keys.put(relativePath, key);
        }
    }

    public Path root() {
        return root;
    }

    /** Writes one file of the new site; {@code relativePath} uses '/' and may not leave the folder. */
    public void write(String relativePath, String text) {
        write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] bytes) {
        Path target = resolve(relativePath);
        if (!produced.add(relativePath)) {
            throw new IllegalStateException("two pages want the same file: " + relativePath);
        }
        try {
            if (!rewriteAll
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return;
            }
            Path file = staging.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            staged.add(relativePath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** What a file too large to hold in memory writes to its stream (the data/ folder's tables). */
    @FunctionalInterface
    public interface StreamedContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * As {@link #write(String, byte[], String)} for a file written as a stream, so that it is never held
     * whole: it goes straight to the staging folder, and is dropped there when its bytes turn out to be
     * the published file's.
     */
    public void write(String relativePath, String key, StreamedContent content) {
        Path target = resolve(relativePath);
        if (!produced.add(relativePath)) {
            throw new IllegalStateException("two pages want the same file: " + relativePath);
        }
        Path file = staging.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.writeTo(out);
            }
            if (!rewriteAll
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && Files.mismatch(file, target) == -1) {
                Files.delete(file);
            } else {
                staged.add(relativePath);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
        if (key != null) {
            keys.put(relativePath, key);
        }
    }

    /** A page that failed to render this time: its previous version (if any) stays. */
    public void keepPrevious(String relativePath) {
        resolve(relativePath);
        kept.add(relativePath);
    }

    /** Moves the new site into place and removes what the last build made that this one did not. */
    public Summary commit() throws IOException {
        if (firstBuild()) {
            return commitWhole();
        }
        Path realRoot = root.toRealPath();
        for (String rel : staged) {
            // before anything moves: a linked folder that leaves the output would fail the commit half-way
            Path real = nearestExisting(root.resolve(rel).getParent());
            if (!real.startsWith(realRoot)) {
                throw new IOException(
                        "refusing to write " + rel + " through a link that leaves the output folder (to " + real + ")");
            }
        }
        // the new manifest: the previous one (copied in linear time, being sorted), less what this
        // transaction owns, plus what it produced; a page kept from a failed render gets no key, so the
        // next build renders it again
        TreeMap<String, String> next = new TreeMap<>(previousManifest);
        next.keySet().removeIf(rel -> owns.test(rel) && !(keepUnproduced && !produced.contains(rel)));
        for (String rel : produced) {
            next.put(rel, keys.getOrDefault(rel, ""));
        }
        for (String rel : kept) {
            next.putIfAbsent(rel, "");
        }
        List<String> stale = new ArrayList<>();
        if (!keepUnproduced) {
            for (String old : previousManifest.keySet()) {
                if (owns.test(old)
                        && !produced.contains(old)
                        && !kept.contains(old)
                        && nearestExisting(resolve(old).getParent()).startsWith(realRoot)) {
                    stale.add(old); // (a file behind a link to somewhere else is not ours to delete)
                }
            }
        }
        StringBuilder lines = new StringBuilder(next.size() * 64);
        next.forEach((rel, key) -> lines.append(rel).append('\t').append(key).append('\n'));
        Files.writeString(staging.resolve(MANIFEST), lines, StandardCharsets.UTF_8);

        CommitJournal.write(work, staging, staged, stale);
        committing = true;
        Mover mover = new Mover(root);
        for (String rel : staged) {
            mover.moveIfStaged(staging.resolve(rel), rel);
        }
        for (String rel : stale) {
            mover.delete(rel);
        }
        mover.moveIfStaged(staging.resolve(MANIFEST), MANIFEST);
        LastManifest.remember(root.resolve(MANIFEST), next);
        CommitJournal.finish(work, staging);
        return new Summary(staged.size(), produced.size() - staged.size(), mover.removed);
    }

    /**
     * A first build into an empty output folder that is no link: nothing of an earlier site to keep or
     * remove, so the staging folder can become the output in one rename.
     */
    private boolean firstBuild() throws IOException {
        if (!previousManifest.isEmpty()
                || !kept.isEmpty()
                || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                || !root.toRealPath().equals(root)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
            return !s.iterator().hasNext();
        }
    }

    /**
     * Commits a first build by renaming the staging folder over the empty output folder: one atomic step
     * instead of a rename per file (17,000 of them, and as many folders made, for 2,000 articles). A kill
     * before it leaves the empty folder; after it, the whole new site.
     */
    private Summary commitWhole() throws IOException {
        StringBuilder lines = new StringBuilder(produced.size() * 64);
        TreeMap<String, String> next = new TreeMap<>();
        for (String rel : produced) {
            next.put(rel, keys.getOrDefault(rel, ""));
        }
        next.forEach((rel, key) -> lines.append(rel).append('\t').append(key).append('\n'));
        Files.writeString(staging.resolve(MANIFEST), lines, StandardCharsets.UTF_8);
        try {
            // the staging folder was made private; the output keeps the permissions its folder had
            Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here: nothing to carry over
        }
        // one atomic rename: if it fails nothing moved, and abort() clears the staging folder as usual
        Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committing = true;
        LastManifest.remember(root.resolve(MANIFEST), next);
        return new Summary(staged.size(), produced.size() - staged.size(), 0);
    }

    /**
     * The state a committed build left {@code root} in (its manifest's size, time and file identity), or null
     * when there is none: what a caller compares to know the folder has not changed since.
     */
    public static String committedState(Path root) {
        try {
            java.nio.file.attribute.BasicFileAttributes attrs = Files.readAttributes(
                    root.resolve(MANIFEST),
                    java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() ? attrs.size() + " " + attrs.lastModifiedTime() + " " + attrs.fileKey() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Drops the staged files; the previous site is left untouched (or, once committing, is finished later). */
    public void abort() {
        if (committing) {
            return; // the journal stands: the next build finishes this commit
        }
        try {
            CommitJournal.deleteTree(staging);
        } catch (IOException e) {
            // best effort: a later build clears abandoned staging folders first
        }
    }

    /** Moves staged files into the output and deletes old ones, each checked to stay inside it. */
    static final class Mover {
        private final Path root;
        private final Path realRoot;
        private final java.util.Set<Path> checkedDirs = new HashSet<>();
        int removed;

        Mover(Path root) throws IOException {
            this.root = root;
            this.realRoot = root.toRealPath();
        }

        void moveIfStaged(Path from, String rel) throws IOException {
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                return; // moved already (a replayed journal)
            }
            Path target = root.resolve(rel);
            Path dir = target.getParent();
            if (checkedDirs.add(dir)) {
                Files.createDirectories(dir);
                if (!dir.toRealPath().startsWith(realRoot)) {
                    throw new IOException(
                            "refusing to write through a link that leaves the output folder: " + dir.toRealPath());
                }
            }
            CommitJournal.move(from, target);
        }

        void delete(String rel) throws IOException {
            Path stale = root.resolve(rel);
            if (!nearestExisting(stale.getParent()).startsWith(realRoot)) {
                return;
            }
            if (Files.deleteIfExists(stale)) {
                removed++;
            }
            removeEmptyParents(stale.getParent());
        }

        private void removeEmptyParents(Path dir) throws IOException {
            while (dir != null
                    && dir.startsWith(root)
                    && !dir.equals(root)
                    && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    if (s.iterator().hasNext()) {
                        return;
                    }
                }
                Files.delete(dir);
                checkedDirs.remove(dir);
                dir = dir.getParent();
            }
        }
    }

    /** The previous build's files, each with the key of the inputs it was made from ("" when none). */
    private SortedMap<String, String> readManifest() throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, String> remembered = LastManifest.recall(manifest);
        if (remembered != null) {
            return remembered;
        }
        SortedMap<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            String rel = tab < 0 ? line : line.substring(0, tab);
            if (!rel.isBlank() && isSafe(rel)) {
                out.put(rel, tab < 0 ? "" : line.substring(tab + 1));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private Path resolve(String relativePath) {
        if (!isSafe(relativePath)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relativePath);
        }
        return root.resolve(relativePath);
    }

    /**
     * A relative path of plain segments: no leading '/', no '\\' or ':', no empty, '.' or '..' segment,
     * never the staging folder. One pass over the characters, as every page write asks.
     */
    static boolean isSafe(String rel) {
        if (rel.isEmpty() || rel.charAt(0) == '/') {
            return false;
        }
        int segmentStart = 0;
        for (int i = 0; i <= rel.length(); i++) {
            char c = i < rel.length() ? rel.charAt(i) : '/';
            if (c == '\\' || c == ':' || c == '\0' || c == '\n' || c == '\r') {
                return false;
            }
            if (c == '/') {
                int length = i - segmentStart;
                if (length == 0
                        || length <= 2
                                && rel.startsWith(length == 1 ? "." : "..", segmentStart)
                                && (length == 1 || rel.charAt(segmentStart + 1) == '.')
                        || rel.startsWith(STAGING, segmentStart) && length == STAGING.length()) {
                    return false;
                }
                segmentStart = i + 1;
            }
        }
        return true;
    }

    /** The real path of {@code dir}, or of its nearest ancestor that exists. */
    private static Path nearestExisting(Path dir) throws IOException {
        Path p = dir;
        while (!Files.exists(p)) {
            p = p.getParent();
        }
        return p.toRealPath();
    }
}
