package org.mhfa.certificate;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.AlgeeStep;
import org.mhfa.catalogue.Choice;
import org.mhfa.catalogue.Scenario;
import org.mhfa.catalogue.ScenarioNode;

/** The competencies a course trains: the ALGEE steps its scenarios' choices exercise, in the action plan's order. */
public final class CourseCompetencies {

    private CourseCompetencies() {
    }

    /** The ALGEE steps some choice of some scenario of the course is tagged with, in the plan's order. */
    public static List<AlgeeStep> steps(Course course) {
        Set<AlgeeStep> steps = EnumSet.noneOf(AlgeeStep.class);
        course.items().filter(Scenario.class::isInstance).map(Scenario.class::cast)
                .flatMap(scenario -> scenario.nodes().values().stream())
                .map(ScenarioNode::choices).filter(Objects::nonNull)
                .flatMap(List::stream).map(Choice::step).filter(Objects::nonNull)
                .forEach(steps::add);
        return List.copyOf(steps);
    }

    /** The steps as printed on a certificate, e.g. "Listen non-judgementally". */
    public static List<String> labels(Course course) {
        return steps(course).stream().map(AlgeeStep::label).toList();
    }
}
