package org.broadsheet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;
import org.broadsheet.model.PlaceMention;
import org.broadsheet.render.map.MapPlan;
import org.broadsheet.render.map.SvgMap;

/**
 * The maps' shared outline files, {@code assets/maps/*.svg}: one per view that some page's map
 * shows, each written once however many pages show it, and kept from the previous build when the
 * program is the same (a file's name says everything else its bytes depend on).
 */
final class MapFiles {
    /** Where the files go, from the site root. */
    static final String FOLDER = "assets/maps/";

    private final RenderContext ctx;

    MapFiles(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** One task per distinct file among the plans' files, in file-name order. */
    List<Runnable> tasks(List<MapPlan> plans) {
        Map<String, MapPlan> files = new TreeMap<>();
        for (MapPlan plan : plans) {
            for (MapPlan file : SvgMap.files(plan)) {
                files.putIfAbsent(file.fileName(), file);
            }
        }
        List<Runnable> tasks = new ArrayList<>(files.size());
        for (MapPlan file : files.values()) {
            tasks.add(() -> {
                String path = FOLDER + file.fileName();
                String key = ctx.key("map", file.fileName());
                if (!ctx.output().reuse(path, key)) {
                    ctx.output().write(path, SvgMap.outlineFile(file), key);
                }
            });
        }
        return tasks;
    }

    /**
     * An article's places as its page lists them (one per place, with its mentions counted), enough
     * to know which view its map shows.
     */
    static List<PlaceView> placesOf(Article a) {
        Map<String, PlaceView> unique = new LinkedHashMap<>();
        for (PlaceMention p : a.extraction().places()) {
            PlaceView previous = unique.get(p.id());
            unique.put(
                    p.id(),
                    new PlaceView(
                            p.name(),
                            p.country(),
                            null,
                            p.kind(),
                            null,
                            p.lat(),
                            p.lon(),
                            1,
                            previous == null ? 1 : previous.mentions() + 1));
        }
        return new ArrayList<>(unique.values());
    }
}
