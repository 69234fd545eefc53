package org.broadsheet.serve;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Conditional GET and HEAD (RFC 9110, section 13): If-None-Match against the entity tag of the
 * bytes being served, and If-Modified-Since against the file's modification time when the client
 * sent no entity tag. Both true means the browser's copy is current and a 304 is enough.
 */
final class Preconditions {
    /** Reads the dates browsers send; RFC 1123 with or without a leading zero in the day. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** Writes IMF-fixdate, which HTTP requires: the day always has two digits. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private Preconditions() {}

    static boolean notModified(Exchange request, String entityTag, Instant lastModified) {
        List<String> ifNoneMatch = request.requestHeaders("If-None-Match");
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, entityTag);
        }
        String ifModifiedSince = request.requestHeader("If-Modified-Since");
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since =
                    ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // an unreadable date is ignored, as the RFC asks
        }
    }

    /** The Last-Modified header value: whole seconds in GMT. */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /** Weak comparison, as If-None-Match requires: W/"x" matches "x"; "*" matches any current file. */
    private static boolean matchesAny(List<String> headerValues, String entityTag) {
        String opaque = withoutWeakPrefix(entityTag);
        for (String value : headerValues) {
            for (String candidate : value.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || withoutWeakPrefix(tag).equals(opaque)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withoutWeakPrefix(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
