package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the attendance events the application fires, for tests to look at. */
@ApplicationScoped
public class AttendanceEvents {

    private final List<AttendanceRecorded> seen = new CopyOnWriteArrayList<>();

    void onRecorded(@Observes AttendanceRecorded event) {
        seen.add(event);
    }

    public List<AttendanceRecorded> forSession(Long sessionId) {
        return seen.stream().filter(event -> event.sessionId().equals(sessionId)).toList();
    }
}
