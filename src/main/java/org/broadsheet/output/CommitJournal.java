package org.broadsheet.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;

/**
 * Makes a commit all-or-nothing across a kill. Before the first file of a commit moves, the whole
 * commit is written down: which staged files move into the output, which old files go, and the
 * staging folder they come from. The journal is made durable (one {@code fsync}) and renamed into
 * place: that rename is the commit point. A build killed before it leaves the old site (its staging
 * folder is thrown away); one killed after it leaves a journal, which the next {@code build} or
 * {@code serve} replays before doing anything else, so the output ends as the new site. Replaying is
 * idempotent: a file already moved is simply no longer in the staging folder.
 * <p>
 * The journal and the staging folders live in the output's work folder, outside the output (where
 * {@code rsync --delete} would publish them) but on the same file system, so each move is a rename.
 */
final class CommitJournal {
    static final String FILE = "journal";
    private static final String PARTIAL = "journal.partial";
    static final String STAGING_PREFIX = "staging-";
    /** Where versions before the journal staged their files, inside the output: removed on recovery. */
    static final String LEGACY_STAGING = ".broadsheet-staging";

    private CommitJournal() {}

    /** Writes the commit down and makes it the one to finish; after this returns, the commit happens. */
    static void write(Path work, Path staging, Collection<String> moves, Collection<String> deletes)
            throws IOException {
        Path partial = work.resolve(PARTIAL);
        try (FileChannel channel = FileChannel.open(
                        partial,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                BufferedWriter out = new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("staging\t" + staging.getFileName() + "\n");
            for (String rel : moves) {
                out.write("move\t" + rel + "\n");
            }
            for (String rel : deletes) {
                out.write("delete\t" + rel + "\n");
            }
            out.write("end\n");
            out.flush();
            channel.force(false);
        }
        move(partial, work.resolve(FILE));
    }

    /** The commit is done: nothing is left to replay. */
    static void finish(Path work, Path staging) throws IOException {
        Files.deleteIfExists(work.resolve(FILE));
        deleteTree(staging);
    }

    /**
     * Finishes a commit a killed process left half-done, and removes staging folders of commits that
     * never reached their commit point. Run with the output's lock held, before anything reads the output.
     *
     * @return whether an interrupted commit was finished
     */
    static boolean recover(Path root, Path work) throws IOException {
        boolean finished = false;
        Path journal = work.resolve(FILE);
        if (Files.isRegularFile(journal)) {
            List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (!lines.isEmpty()
                    && lines.get(lines.size() - 1).equals("end")
                    && lines.get(0).startsWith("staging\t")) {
                Path staging = work.resolve(lines.get(0).substring("staging\t".length()));
                OutputFolder.Mover mover = new OutputFolder.Mover(root);
                for (String line : lines) {
                    int tab = line.indexOf('\t');
                    String rel = tab < 0 ? "" : line.substring(tab + 1);
                    if (line.startsWith("move\t") && OutputFolder.isSafe(rel)) {
                        mover.moveIfStaged(staging.resolve(rel), rel);
                    } else if (line.startsWith("delete\t") && OutputFolder.isSafe(rel)) {
                        mover.delete(rel);
                    }
                }
                mover.moveIfStaged(staging.resolve(OutputFolder.MANIFEST), OutputFolder.MANIFEST);
                finished = true;
            }
            Files.delete(journal);
        }
        Files.deleteIfExists(work.resolve(PARTIAL));
        if (Files.isDirectory(work)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(work, STAGING_PREFIX + "*")) {
                for (Path stale : s) {
                    deleteTree(stale);
                }
            }
        }
        deleteTree(root.resolve(LEGACY_STAGING));
        return finished;
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    deleteTree(p);
                }
            }
        }
        try {
            Files.delete(dir);
        } catch (NoSuchFileException e) {
            // gone already
        }
    }
}
