package org.broadsheet.analysis.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.analysis.places.GazetteerEntry.Kind;

/**
 * Which readings of a name lie beside some reading of another name of the same article, whatever either name
 * was first read as: "Marion" and "Tamarack County" are Marion, Indiana and Tamarack County, Indiana, where the town
 * lies, not the largest Marion and the largest Tamarack County. Round-by-round readings cannot find such pairs when
 * both names first go to their largest namesakes. Towns and counties only; a grid of half-degree cells keeps it
 * linear in the number of entries.
 */
final class Neighbours {
    /** Within this many kilometres two places count as neighbours. */
    private static final double NEAR_KM = 50;

    private static final double CELL_DEGREES = 0.5;
    /** At most this bonus, however many names lie around. */
    private static final double MAX_BONUS = 3.0;

    private final Map<String, Map<Integer, Double>> bonus = new HashMap<>();

    Neighbours(Gazetteer gazetteer, Map<String, int[]> entriesByName) {
        Map<Long, List<int[]>> grid = new HashMap<>();
        List<String> names = new ArrayList<>(entriesByName.keySet());
        for (int n = 0; n < names.size(); n++) {
            for (int index : entriesByName.get(names.get(n))) {
                GazetteerEntry e = gazetteer.entry(index);
                if (local(e)) {
                    grid.computeIfAbsent(cell(latCell(e.lat()), lonCell(e.lon())), k -> new ArrayList<>())
                            .add(new int[] {n, index});
                }
            }
        }
        for (int n = 0; n < names.size(); n++) {
            Map<Integer, Double> own = new HashMap<>();
            for (int index : entriesByName.get(names.get(n))) {
                GazetteerEntry e = gazetteer.entry(index);
                if (!local(e)) {
                    continue;
                }
                Set<Integer> near = new HashSet<>();
                long la = latCell(e.lat());
                long lo = lonCell(e.lon());
                for (long i = la - 1; i <= la + 1; i++) {
                    for (long j = lo - 1; j <= lo + 1; j++) {
                        for (int[] other : grid.getOrDefault(cell(i, j), List.of())) {
                            GazetteerEntry o = gazetteer.entry(other[1]);
                            // Another name of the same place ("Youngstown" is also a name of a town beside it)
                            // is no neighbour.
                            if (other[0] != n
                                    && other[1] != index
                                    && !near.contains(other[0])
                                    && ArticleContext.kilometres(e.lat(), e.lon(), o.lat(), o.lon()) < NEAR_KM) {
                                near.add(other[0]);
                            }
                        }
                    }
                }
                double sum = 0;
                for (int other : near) {
                    sum += weight(entriesByName.get(names.get(other)).length);
                }
                if (sum > 0) {
                    own.put(index, Math.min(MAX_BONUS, sum));
                }
            }
            if (!own.isEmpty()) {
                bonus.put(names.get(n), own);
            }
        }
    }

    /** The bonus for reading a name as an entry: more for neighbours whose names have few namesakes. */
    double bonus(String key, int index) {
        Map<Integer, Double> own = bonus.get(key);
        return own == null ? 0 : own.getOrDefault(index, 0.0);
    }

    private static double weight(int namesakes) {
        return namesakes <= 3 ? 1.5 : namesakes <= 10 ? 1.0 : 0.5;
    }

    private static boolean local(GazetteerEntry e) {
        return e.kind() == Kind.CITY || e.id().startsWith("admin2:");
    }

    private static long latCell(double lat) {
        return (long) Math.floor(lat / CELL_DEGREES);
    }

    private static long lonCell(double lon) {
        return (long) Math.floor(lon / CELL_DEGREES);
    }

    private static long cell(long lat, long lon) {
        return lat * 100_000 + lon;
    }
}
