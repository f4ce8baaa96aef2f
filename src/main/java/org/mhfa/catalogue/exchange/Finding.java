package org.mhfa.catalogue.exchange;

/** Something in a converted file that the target format cannot hold, at a 1-based line and column of the file it names. */
public record Finding(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
