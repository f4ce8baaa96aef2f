package org.mhfa.catalogue;

/** One problem found in a content file: where it is, what is wrong and how to fix it. */
public record ContentError(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
