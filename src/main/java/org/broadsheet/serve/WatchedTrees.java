package org.broadsheet.serve;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folders a {@link SiteWatcher} has registered, and what an event in each means. Each root's
 * parent folder is watched too (for the root alone), so a root that is missing at the start, or is
 * deleted and created again, is picked up. Used by the watcher thread only.
 */
final class WatchedTrees {
    /** Swap and backup files of vim, emacs, JetBrains IDEs; never content. */
    private static final Pattern EDITOR_TEMP =
            Pattern.compile("(.*\\.sw[a-p]|.*~|\\.#.*|#.*#|4913|.*___jb_(tmp|old)___|\\.DS_Store)");

    private static final WatchEvent.Kind<?>[] KINDS = {
        StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE
    };

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<WatchKey> treeFolders = new HashSet<>();

    WatchedTrees(WatchService service, List<Path> roots) {
        this.service = service;
        this.roots = roots;
    }

    static boolean isEditorTempFile(Path file) {
        Path name = file.getFileName();
        return name != null && EDITOR_TEMP.matcher(name.toString()).matches();
    }

    void registerRoots() throws IOException {
        for (Path root : roots) {
            Path parent = root.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                register(parent);
            }
            if (Files.isDirectory(root)) {
                registerTree(root, new HashSet<>());
            }
        }
    }

    void onEvent(WatchKey key, Path name, WatchEvent.Kind<?> kind, Set<Path> changed) {
        Path folder = folders.get(key);
        if (folder == null || name == null) {
            return;
        }
        Path child = folder.resolve(name);
        boolean inTree = treeFolders.contains(key);
        if (!inTree && !roots.contains(child) || isEditorTempFile(child)) {
            return; // a sibling of a root, e.g. site-output/ beside content/
        }
        changed.add(child);
        if (kind == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) {
            addTree(child, changed);
        }
    }

    /** After lost events: watch any folder that appeared meanwhile. */
    void rescan(Set<Path> changed) {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                addTree(root, changed);
            }
        }
    }

    void forget(WatchKey key) {
        folders.remove(key);
        treeFolders.remove(key);
    }

    /** Watches a new folder and reports the files already in it (they may predate the watch). */
    private void addTree(Path folder, Set<Path> changed) {
        try {
            for (Path file : registerTree(folder, new HashSet<>())) {
                if (!isEditorTempFile(file)) {
                    changed.add(file);
                }
            }
        } catch (IOException e) {
            changed.add(folder); // vanished or unreadable: the rebuild will tell
        }
    }

    /** Registers a folder and its sub-folders; returns the files found. */
    private Set<Path> registerTree(Path folder, Set<Path> files) throws IOException {
        WatchKey key;
        try {
            key = register(folder);
        } catch (NoSuchFileException e) {
            return files;
        }
        if (!treeFolders.add(key)) {
            return files; // already watched, possibly through a symbolic link: stops link loops
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    registerTree(entry, files);
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            // deleted while we looked: its parent's event reports it
        }
        return files;
    }

    private WatchKey register(Path folder) throws IOException {
        WatchKey key = folder.register(service, KINDS);
        folders.putIfAbsent(key, folder);
        return key;
    }
}
