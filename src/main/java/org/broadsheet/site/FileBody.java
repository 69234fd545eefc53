package org.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.broadsheet.content.ContentProblem;
import org.broadsheet.content.FrontMatterBlock;
import org.broadsheet.content.SourceFile;
import org.broadsheet.content.TextDecoder;
import org.broadsheet.model.BodySource;

/**
 * An article body read again from its file whenever a page needs it, so a build holds the index of the
 * archive in memory but not every body (at 100,000 articles that is most of the heap). The file must still
 * be the one analysed: its hash is checked, and a file changed since gives an error asking for a new build.
 */
record FileBody(SourceFile file, String contentHash) implements BodySource {
    /** The file is no longer the one analysed: a newer build (serve's next one, or the user's) is needed. */
    static final class Changed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Changed(String message) {
            super(message);
        }

        public Changed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public String text() {
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            if (!ArticleLoader.sha256(bytes, file.format()).equals(contentHash)) {
                throw new Changed(file.displayName() + " changed while the site was being built; build again");
            }
            return FrontMatterBlock.split(file.displayName(), TextDecoder.decode(file.displayName(), bytes))
                    .body();
        } catch (ContentProblem e) {
            throw new UncheckedIOException(new IOException(e.describe(), e));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Changed(file.displayName() + " was removed while the site was being built; build again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
