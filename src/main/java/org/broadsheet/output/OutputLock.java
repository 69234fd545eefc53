package org.broadsheet.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per output folder: a {@code build} or {@code serve} holds an operating-system lock on
 * {@code lock} in the output's work folder while it runs, and writes its process id there so that a
 * second one can say who holds it. The lock dies with its process, so a killed build leaves no stale
 * lock behind: the next one takes it (and first finishes the killed one's commit, see {@link CommitJournal}).
 */
public final class OutputLock implements AutoCloseable {
    static final String FILE = "lock";

    /** Another process (or another build in this one) holds the lock. */
    public static final class Held extends Exception {
        private static final long serialVersionUID = 1L;

        Held(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the output folder whose work folder is {@code work}, or fails at once. */
    public static OutputLock acquire(Path output, Path work) throws IOException, Held {
        Files.createDirectories(work);
        Path file = work.resolve(FILE);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new Held("the output folder " + output + " is in use by another broadsheet build or serve ("
                    + (holder.isEmpty() ? "process id unknown" : "PID " + holder)
                    + "); wait for it to finish or stop it, or use another --output");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return new OutputLock(channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII)
                    .strip()
                    .replaceAll("[^0-9]", "");
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
