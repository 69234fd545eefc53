package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The manifest this process wrote last, kept in memory so the next transaction on the same folder
 * (serve rebuilds after every edit) need not read and parse tens of thousands of lines again. It is
 * used only while the file on disk is the one written: same path, size, modification time and file
 * identity; anything else reads the file.
 */
final class LastManifest {
    private record Remembered(
            Path file, long size, FileTime modified, Object fileKey, SortedMap<String, String> entries) {}

    private static volatile Remembered last;

    private LastManifest() {}

    static void remember(Path file, SortedMap<String, String> entries) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            last = new Remembered(
                    file,
                    attrs.size(),
                    attrs.lastModifiedTime(),
                    attrs.fileKey(),
                    Collections.unmodifiableSortedMap(entries));
        } catch (IOException e) {
            last = null;
        }
    }

    /** The entries of {@code file} when it is still the manifest remembered, else null. */
    static SortedMap<String, String> recall(Path file) {
        Remembered r = last;
        if (r == null || !r.file().equals(file)) {
            return null;
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            boolean same = attrs.size() == r.size()
                    && attrs.lastModifiedTime().equals(r.modified())
                    && Objects.equals(attrs.fileKey(), r.fileKey());
            return same ? r.entries() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
