package org.broadsheet.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.broadsheet.model.FrontMatter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Parses a front matter block with a real YAML 1.2 parser and checks each known key's type. */
public final class FrontMatterParser {
    private static final Set<String> KNOWN =
            Set.of("title", "date", "updated", "author", "source", "url", "tags", "slug", "draft", "summary", "lang");

    private FrontMatterParser() {}

    /** @param firstLine the file line the YAML starts on, so messages point into the file */
    public static FrontMatter parse(String file, String yaml, int firstLine) throws ContentProblem {
        if (yaml == null || yaml.isBlank()) {
            return FrontMatter.EMPTY;
        }
        Map<String, Object> map = YamlMaps.load(file, yaml, firstLine, "front matter");
        Fields f = new Fields(file, yaml, firstLine, map);
        Map<String, Object> params = new TreeMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                params.put(e.getKey(), e.getValue());
            }
        }
        return new FrontMatter(
                f.text("title"),
                f.date("date"),
                f.date("updated"),
                f.text("author"),
                f.text("source"),
                f.text("url"),
                f.tags(),
                f.text("slug"),
                f.bool("draft"),
                f.text("summary"),
                f.text("lang"),
                params);
    }

    /** Typed access to the YAML map; type errors name the line of the key. */
    private record Fields(String file, String yaml, int firstLine, Map<String, Object> map) {
        String text(String key) throws ContentProblem {
            Object v = map.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Map || v instanceof List) {
                throw problem(key, "'" + key + "' must be text, not a " + (v instanceof Map ? "mapping" : "list"));
            }
            String s = v.toString().strip();
            return s.isEmpty() ? null : s;
        }

        LocalDate date(String key) throws ContentProblem {
            String s = text(key);
            if (s == null) {
                return null;
            }
            LocalDate d = IsoDates.parse(s);
            if (d == null) {
                throw problem(
                        key,
                        "'" + key + ": " + s
                                + "' is not an ISO 8601 date (write e.g. 2017-11-23 or 2017-11-23T09:30:00Z)");
            }
            return d;
        }

        boolean bool(String key) throws ContentProblem {
            Object v = map.get(key);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            throw problem(key, "'" + key + "' must be true or false, got '" + v + "'");
        }

        List<String> tags() throws ContentProblem {
            Object v = map.get("tags");
            List<String> tags = new ArrayList<>();
            if (v == null) {
                return tags;
            }
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map || o instanceof List || o == null) {
                        throw problem("tags", "every tag must be text");
                    }
                    addTag(tags, o.toString());
                }
            } else if (v instanceof Map) {
                throw problem("tags", "'tags' must be a list ([a, b]) or comma-separated text");
            } else {
                for (String t : v.toString().split(",")) {
                    addTag(tags, t);
                }
            }
            return tags;
        }

        private static void addTag(List<String> tags, String tag) {
            String t = tag.strip();
            if (!t.isEmpty() && tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                tags.add(t);
            }
        }

        private ContentProblem problem(String key, String message) {
            String[] lines = yaml.split("\n", -1);
            int line = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].toLowerCase(Locale.ROOT).matches("^" + key + "\\s*:.*")) {
                    line = firstLine + i;
                    break;
                }
            }
            return new ContentProblem(file, line, message);
        }
    }

    /** YAML text to a string-keyed map, with parser errors pointing at the file line. */
    static final class YamlMaps {
        private YamlMaps() {}

        static Map<String, Object> load(String file, String yaml, int firstLine, String what) throws ContentProblem {
            Object root;
            try {
                root = new Load(LoadSettings.builder()
                                .setAllowDuplicateKeys(false)
                                .setCodePointLimit(1_000_000)
                                .build())
                        .loadFromString(yaml);
            } catch (MarkedYamlEngineException e) {
                int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
                throw new ContentProblem(file, line, "broken " + what + " YAML: " + firstLine(e.getProblem()));
            } catch (YamlEngineException e) {
                throw new ContentProblem(file, firstLine, "broken " + what + " YAML: " + firstLine(e.getMessage()));
            }
            if (root == null) {
                return Map.of();
            }
            if (!(root instanceof Map<?, ?> raw)) {
                throw new ContentProblem(file, firstLine, what + " must be a YAML mapping of keys to values");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : raw.entrySet()) {
                map.put(String.valueOf(e.getKey()).strip(), e.getValue());
            }
            return map;
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "syntax error";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }
}
