package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.broadsheet.cli.InlineSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output, file for file, whatever the folder or thread timing. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        Path site = FixtureSite.copy("validity", dir.resolve("site"));
        Path copy = FixtureSite.copy("validity", dir.resolve("elsewhere/another-name"));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path third = dir.resolve("third");

        InlineSite.Run a = InlineSite.build(site, "--output", first.toString());
        InlineSite.Run b = InlineSite.build(site, "--output", second.toString());
        InlineSite.Run c = InlineSite.build(copy, "--output", third.toString());

        assertEquals(0, a.exit(), a.transcript());
        assertEquals(0, b.exit(), b.transcript());
        assertEquals(0, c.exit(), c.transcript());
        Map<String, byte[]> one = InlineSite.files(first);
        assertTrue(one.size() > 30, one.keySet().toString());
        for (Map.Entry<String, Map<String, byte[]>> other : Map.of(
                        "second build",
                        InlineSite.files(second),
                        "build of a copy in another folder",
                        InlineSite.files(third))
                .entrySet()) {
            assertEquals(one.keySet(), other.getValue().keySet(), other.getKey() + ": the same files");
            one.forEach((file, bytes) ->
                    assertArrayEquals(bytes, other.getValue().get(file), other.getKey() + ": " + file));
        }
    }
}
