package org.broadsheet.render;

/**
 * Where the pages of one kind live. Article, person and place pages, and every page of a list after
 * the first, are single files ("people/ada-okafor.html", "quotes/page/2.html"), not a folder each with an index.html: an archive has hundreds of thousands
 * of them, and a folder per page doubles the files a build creates and the disk blocks a site takes,
 * while a link that names the file opens from disk and on every static host, including object stores
 * that serve no folder indexes. Sections and the first page of each list stay folders ("people/",
 * "tags/economy/"), so their addresses are the short ones people type.
 */
public final class PagePaths {
    private PagePaths() {}

    public static String person(String slug) {
        return "people/" + slug + ".html";
    }

    public static String place(String slug) {
        return "places/" + slug + ".html";
    }

    /**
     * Page {@code n} (2 or more) of the list whose first page is {@code first}: "quotes/page/2.html" after
     * "quotes/", "people/dana-reyes/page/2.html" after "people/dana-reyes.html". Only the few long lists
     * get a folder, and no slug holds a "/", so no later page can meet another page's name.
     */
    public static String listPage(String first, int n) {
        String folder = first.isEmpty() || first.endsWith("/")
                ? first
                : first.substring(0, first.length() - ".html".length()) + "/";
        return folder + "page/" + n + ".html";
    }
}
