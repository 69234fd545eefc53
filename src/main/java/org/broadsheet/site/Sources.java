package org.broadsheet.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.broadsheet.content.SourceFile;
import org.broadsheet.model.Problem;

/**
 * The article files of one build and the problems reading them gave (scan warnings, broken files).
 *
 * @param files    every article file, in the scanner's stable order
 * @param paths    the same files' paths, for lookups
 * @param mustRead the files to read again; null when every file is to be looked at
 * @param problems what scanning and reading reported, each naming its file
 */
record Sources(List<SourceFile> files, Set<Path> paths, Set<Path> mustRead, List<Problem> problems) {

    boolean mustRead(SourceFile file) {
        return mustRead == null || mustRead.contains(file.path());
    }

    /**
     * The same files, of which only {@code changed} are read again: the problems the other files gave
     * last time still stand, those of the changed files are found again.
     */
    Sources readAgain(Set<Path> changed) {
        List<SourceFile> read =
                files.stream().filter(f -> changed.contains(f.path())).toList();
        List<Problem> still = Collections.synchronizedList(new ArrayList<>());
        for (Problem p : problems) {
            if (read.stream().noneMatch(f -> isAbout(p, f))) {
                still.add(p);
            }
        }
        return new Sources(files, paths, Set.copyOf(changed), still);
    }

    private static boolean isAbout(Problem p, SourceFile f) {
        return p.location().equals(f.displayName()) || p.location().startsWith(f.displayName() + ":");
    }
}
