package io.signalbox.transfer;

import java.util.Collection;

/** One problem at one place in the document; prints as {@code "$.bots[3].name: a bot needs a name"}. */
record PathProblem(String path, String message) {

    /** Whether two paths name the same field or one lies inside the other ({@code $.a.b} and {@code $.a}). */
    static boolean related(String one, String other) {
        return one.equals(other) || inside(one, other) || inside(other, one);
    }

    /** Whether any of the paths is related to this problem's. */
    boolean relatedToAny(Collection<String> paths) {
        return paths.stream().anyMatch(other -> related(path, other));
    }

    private static boolean inside(String path, String parent) {
        return path.startsWith(parent) && path.length() > parent.length()
                && (path.charAt(parent.length()) == '.' || path.charAt(parent.length()) == '[');
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
