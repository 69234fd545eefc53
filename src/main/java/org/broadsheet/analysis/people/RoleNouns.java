package org.broadsheet.analysis.people;

/** Whether a lower-case word names a role a person holds ("commander", "spokesman", "senator"). */
public final class RoleNouns {
    private RoleNouns() {}

    public static boolean isRoleNoun(String word) {
        return PersonWords.isRoleNoun(word) || PersonWords.isTitle(capitalize(word));
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
