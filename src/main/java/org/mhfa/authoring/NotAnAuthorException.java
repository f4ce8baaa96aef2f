package org.mhfa.authoring;

/** The caller is not an author of the course (nor an admin). */
public class NotAnAuthorException extends RuntimeException {

    public NotAnAuthorException(String courseId) {
        super("You are not an author of the course '" + courseId + "'. An admin can name you one.");
    }
}
