package org.broadsheet.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page template's output depends on: the template's own text and that of every template and
 * file it imports or includes, followed to the end (layouts, partials, an inlined stylesheet),
 * wherever each is found (the site's {@code templates/} or the theme). Page keys carry this hash, so
 * changing a template re-renders the pages made with it and no others. A directive whose target is
 * not a plain string (computed at render time) cannot be followed: such a template depends on
 * every template there is.
 */
final class TemplateSources {
    /** {@code <#import "x" as y>}, {@code <#include "x" ...>}, also in square-bracket syntax. */
    private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#(?:import|include)\\s+(\"([^\"]*)\"|'([^']*)')?");

    private final TemplateLoader loader;
    private final String allSiteTemplates;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /**
     * @param allSiteTemplates a fingerprint of every file of the site's templates folder, for templates
     *                         whose references cannot be followed (the theme's own are the program's)
     */
    TemplateSources(TemplateLoader loader, String allSiteTemplates) {
        this.loader = loader;
        this.allSiteTemplates = allSiteTemplates;
    }

    /** The hash of a template and everything it imports or includes, for as long as the files stay as they are. */
    String hash(String templateName) {
        return hashes.computeIfAbsent(templateName, this::compute);
    }

    private String compute(String templateName) {
        Set<String> closure = new TreeSet<>();
        if (!follow(normalise(templateName), closure)) {
            return "dynamic:" + allSiteTemplates;
        }
        MessageDigest digest = sha256();
        for (String name : closure) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text(name).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** Adds a template and what it refers to; false when a reference cannot be followed. */
    private boolean follow(String name, Set<String> closure) {
        if (!closure.add(name)) {
            return true;
        }
        Matcher m = DIRECTIVE.matcher(text(name));
        while (m.find()) {
            String target = m.group(2) != null ? m.group(2) : m.group(3);
            if (target == null) {
                return false;
            }
            if (!follow(resolve(name, target), closure)) {
                return false;
            }
        }
        return true;
    }

    /** Freemarker's rule: a name starting with '/' is from the root, any other from the including template's folder. */
    static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return normalise(target);
        }
        int slash = from.lastIndexOf('/');
        return normalise(slash < 0 ? target : from.substring(0, slash + 1) + target);
    }

    private static String normalise(String name) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** A template's text, or a marker when there is no such template (an include with ignore_missing). */
    private String text(String name) {
        return texts.computeIfAbsent(name, n -> {
            try {
                Object source = loader.findTemplateSource(n);
                if (source == null) {
                    return "\0missing";
                }
                try (Reader reader = loader.getReader(source, "UTF-8")) {
                    StringBuilder s = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int read; (read = reader.read(buffer)) > 0; ) {
                        s.append(buffer, 0, read);
                    }
                    return s.toString();
                } finally {
                    loader.closeTemplateSource(source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + n + ": " + e.getMessage(), e);
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
