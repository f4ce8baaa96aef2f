package org.mhfa.authoring;

/** A save based on a revision that another author has since replaced: both versions go back to the author, nothing is lost. */
public class EditConflictException extends RuntimeException {

    private final String path;
    private final String yours;
    private final String theirs;
    private final int currentRevision;
    private final String changedBy;

    public EditConflictException(String path, String yours, String theirs, int currentRevision, String changedBy) {
        super("'" + path + "' was changed by " + changedBy + " since you opened it.");
        this.path = path;
        this.yours = yours;
        this.theirs = theirs;
        this.currentRevision = currentRevision;
        this.changedBy = changedBy;
    }

    public String path() {
        return path;
    }

    /** The text the author tried to save. */
    public String yours() {
        return yours;
    }

    /** The text in the draft now, or null when the other author deleted the file. */
    public String theirs() {
        return theirs;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public String changedBy() {
        return changedBy;
    }
}
