package org.mhfa.enrolment;

/** The learner tried to record progress in a course they have not enrolled in. */
public class NotEnrolledException extends RuntimeException {

    private final String courseId;

    public NotEnrolledException(String courseId) {
        super("You are not enrolled in this course: enrol first.");
        this.courseId = courseId;
    }

    public String courseId() {
        return courseId;
    }
}
