package org.broadsheet.markdown;

/**
 * Where annotations link to, relative to the page being rendered. Set on a Document with
 * {@link AnnotationExtension#LINKS} before rendering it.
 */
public interface ArticleLinks {
    ArticleLinks NONE = new ArticleLinks() {
        @Override
        public String personHref(String fullName) {
            return null;
        }

        @Override
        public String placeHref(String placeId) {
            return null;
        }
    };

    /** Relative URL of the person's page, or null for no link. */
    String personHref(String fullName);

    /** Relative URL of the place's page, or null for no link. */
    String placeHref(String placeId);
}
