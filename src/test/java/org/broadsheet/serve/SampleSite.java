package org.broadsheet.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated site shaped like Broadsheet output (article pages of ~15 KB, their JSON, a stylesheet,
 * an index), for load tests. Public so that {@code scripts/bench/ServeLoad.java} can use it too.
 */
public final class SampleSite {
    private SampleSite() {}

    /** Writes the site and returns the request paths of its files, folders as their slash form. */
    public static List<String> write(Path root, int articles) throws IOException {
        List<String> paths = new ArrayList<>();
        String paragraph = "<p>“We will rebuild the bridge before the winter,” the minister said on Monday, "
                + "two days after the flood reached the old town of Rawah.</p>\n";
        StringBuilder index = new StringBuilder("<!DOCTYPE html><html><head><title>Archive</title>"
                + "<link rel=\"stylesheet\" href=\"assets/site.css\"></head><body><ul>\n");
        for (int i = 0; i < articles; i++) {
            String slug = "article-" + i;
            Path folder = Files.createDirectories(root.resolve("articles").resolve(slug));
            String page = "<!DOCTYPE html><html><head><title>Article " + i + "</title></head><body><main>\n"
                    + paragraph.repeat(80) + "</main></body></html>\n";
            Files.writeString(folder.resolve("index.html"), page, StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("index.json"),
                    "{\"id\":\"" + slug + "\",\"quotes\":[" + "{\"start\":3,\"end\":60,\"kind\":\"direct\"},".repeat(60)
                            + "{}]}",
                    StandardCharsets.UTF_8);
            index.append("<li><a href=\"articles/")
                    .append(slug)
                    .append("/\">Article ")
                    .append(i)
                    .append("</a></li>\n");
            paths.add("/articles/" + slug + "/");
            paths.add("/articles/" + slug + "/index.json");
        }
        Files.writeString(root.resolve("index.html"), index.append("</ul></body></html>\n"), StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(
                root.resolve("assets/site.css"),
                "body { font: 1rem/1.5 serif; margin: 0 auto; }\n".repeat(100),
                StandardCharsets.UTF_8);
        paths.add("/");
        paths.add("/assets/site.css");
        return paths;
    }
}
