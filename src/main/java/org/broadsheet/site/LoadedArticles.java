package org.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.SourceFile;
import org.broadsheet.model.Article;
import org.broadsheet.model.Problem;

/**
 * The articles a builder has loaded, kept between its builds (serve): a file whose size and time are as
 * they were is not read again, and a file broken while being edited keeps its last good version. Every
 * failure to load becomes a {@link Problem}; the rest of the archive still builds. Thread-safe.
 */
final class LoadedArticles {
    private record Loaded(long size, FileTime modified, Article article) {}

    private final Map<Path, Loaded> byPath = new ConcurrentHashMap<>();

    /** The article as last loaded, when there is one. */
    Optional<Article> last(SourceFile file) {
        return Optional.ofNullable(byPath.get(file.path())).map(Loaded::article);
    }

    /** Forgets files that are gone. */
    void retainOnly(Set<Path> present) {
        byPath.keySet().retainAll(present);
    }

    /**
     * @param force read the file even when its size and time say it is unchanged (a watcher saw it change)
     */
    Optional<Article> load(ArticleLoader loader, SourceFile file, Consumer<Problem> problems, boolean force) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
            Loaded before = byPath.get(file.path());
            if (!force
                    && before != null
                    && before.size() == attrs.size()
                    && before.modified().equals(attrs.lastModifiedTime())
                    && before.article().source().equals(file.displayName())) {
                return Optional.of(before.article());
            }
            Article article = loader.load(file);
            byPath.put(file.path(), new Loaded(attrs.size(), attrs.lastModifiedTime(), article));
            return Optional.of(article);
        } catch (ContentProblem e) {
            problems.accept(new Problem(e.file() + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage(), true));
            // under serve, a file broken while being edited keeps its last good version on the site
            return last(file);
        } catch (IOException | UncheckedIOException e) {
            problems.accept(Problem.unreadable(file.displayName(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.accept(new Problem(file.displayName(), ArticleFailure.describe(e, "analysed"), true));
        }
        return Optional.empty();
    }
}
