package org.broadsheet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.broadsheet.model.Person;
import org.broadsheet.model.Span;

/** One person while an article is read: the fullest form of the name seen so far, role, mentions. */
final class PersonCluster {
    private List<String> words;
    private String role;
    private final List<Span> mentions = new ArrayList<>();
    private int lastMention = -1;

    private String surname;
    /** Whether every name run of the cluster names a thing after someone ("the Marrow Doctrine"). */
    private boolean thing;

    PersonCluster(NameRun run) {
        this.words = run.words();
        this.role = run.role();
        this.thing = run.thing();
        this.surname = surnameKey(words.get(words.size() - 1));
    }

    /** The family name as a short mention would give it: "al-Ameri" is also "Ameri". */
    static String surnameKey(String word) {
        int dash = word.indexOf('-');
        String w = dash > 0
                        && dash <= 3
                        && word.substring(0, dash)
                                .equals(word.substring(0, dash).toLowerCase(Locale.ROOT))
                ? word.substring(dash + 1)
                : word;
        return w.toLowerCase(Locale.ROOT);
    }

    String surname() {
        return surname;
    }

    String givenName() {
        return words.size() > 1 ? words.get(0) : null;
    }

    boolean isFull() {
        return words.size() > 1;
    }

    /** Same person as a fuller run: same surname, and the same given name when both have one. */
    boolean sameAs(NameRun run, String runSurname) {
        if (!surname.equals(runSurname)) {
            return false;
        }
        return !isFull()
                || run.words().size() < 2
                || givenName().equals(run.first())
                || isTail(run.words())
                || NameRunScanner.isParticle(run.first().toLowerCase(Locale.ROOT)); // "De Blasio" is "Bill de Blasio"
    }

    /**
     * Rule {@code name.tail}: "Cortez Varnholt" after "Lena Cortez Varnholt": the full name without its given name
     * is the same person, as a double surname is written on its own.
     */
    private boolean isTail(List<String> other) {
        return other.size() < words.size()
                && words.subList(words.size() - other.size(), words.size()).equals(other);
    }

    void absorb(NameRun run) {
        thing &= run.thing();
        if (run.words().size() > 1 && (!isFull() || plainerForm(run.words()))) {
            words = run.words();
            surname = surnameKey(words.get(words.size() - 1));
        }
        if (role == null && run.role() != null) {
            role = run.role();
        }
    }

    /** "Donald Trump" is the canonical form of "Donald J. Trump": same ends, no middle initial. */
    private boolean plainerForm(List<String> other) {
        return other.size() == 2
                && words.size() > 2
                && other.get(0).equals(words.get(0))
                && other.get(1).equals(words.get(words.size() - 1))
                && words.subList(1, words.size() - 1).stream().allMatch(w -> w.length() == 2 && w.endsWith("."));
    }

    void setRoleIfAbsent(String newRole) {
        if (role == null) {
            role = newRole;
        }
    }

    /** Only a thing named after someone ("the Marrow Doctrine"): a name that is no place, and no person's page. */
    boolean isThing() {
        return thing;
    }

    boolean hasRole() {
        return role != null;
    }

    /** A mention that overlaps none already held. */
    void mention(Span span) {
        for (Span m : mentions) {
            if (m.overlaps(span.start(), span.end())) {
                return;
            }
        }
        mentions.add(span);
        lastMention = Math.max(lastMention, span.start());
    }

    /** Start of the latest mention so far, when it lies before {@code offset}. */
    int lastMentionBefore(int offset) {
        return lastMention < offset ? lastMention : -1;
    }

    int mentionCount() {
        return mentions.size();
    }

    boolean hasMentions() {
        return !mentions.isEmpty();
    }

    Person toPerson() {
        List<Span> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Person(String.join(" ", words), role, sorted);
    }
}
