package org.broadsheet.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.broadsheet.model.Extraction;
import org.broadsheet.model.TimelineEvent;

/**
 * What analysing one article file produced, stored under {@code .broadsheet/cache/analysis/} keyed by
 * the file's content hash and the program fingerprint. Safe to delete; a damaged or stale entry is a
 * miss, never a wrong answer. Entries are written atomically, so parallel builders may share it.
 */
final class AnalysisCache {
    /** The cached part of an article: everything that needs parsing and analysis. */
    record Entry(
            String title,
            boolean titleDerived,
            String summary,
            String datelineDate,
            Extraction extraction,
            List<TimelineEvent> events) {}

    private final Path dir;
    private final ObjectMapper mapper;

    /** @param dir the cache folder, or null for no cache */
    AnalysisCache(Path dir, ObjectMapper mapper) {
        this.dir = dir;
        this.mapper = mapper;
    }

    Entry get(String contentHash) {
        if (dir == null) {
            return null;
        }
        Path file = file(contentHash);
        try {
            return Files.isRegularFile(file) ? mapper.readValue(file.toFile(), Entry.class) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void put(String contentHash, Entry entry) {
        if (dir == null) {
            return;
        }
        Path file = file(contentHash);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            mapper.writeValue(tmp.toFile(), entry);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs time
        }
    }

    private Path file(String contentHash) {
        String key = ProgramFingerprint.value() + "-" + contentHash;
        return dir.resolve(contentHash.substring(0, 2)).resolve(key + ".json");
    }
}
