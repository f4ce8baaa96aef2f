package org.mhfa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.WebApplicationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The layers of the platform (see src/site/markdown/architecture.md): every arrow between feature packages points down,
 * so a reader finds any behaviour from its URL in one hop and a change low down never needs a change high up. A new
 * import that breaks a rule fails here with the rule and its reason.
 */
class ArchitectureTest {

    /** Each feature package and the packages below it that it may import. */
    static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    /** Why each layer sits where it does. */
    static final Map<String, String> BECAUSE = new LinkedHashMap<>();

    static {
        layer("platform", "it is what every feature stands on (entities' base, problems, configuration, page shell)");
        layer("catalogue", "what the content says must not depend on who is learning it or what they achieved", "platform");
        layer("identity", "learners and sign-in are known before anything is enrolled, attempted or certified", "platform");
        layer("privacy", "every feature implements PersonalDataHolder, so the erasure knows no feature's entities",
                "identity", "platform");
        layer("enrolment", "enrolments are what attempts, runs and certificates hang from",
                "catalogue", "identity", "privacy", "platform");
        layer("quiz", "attempts fire AttemptClosed; completion listens, so a check never knows how a course completes",
                "catalogue", "identity", "privacy", "enrolment", "platform");
        layer("scenario", "runs fire ScenarioCompleted; completion listens, so a scenario never knows how a course completes",
                "catalogue", "identity", "privacy", "enrolment", "platform");
        layer("progress", "completion fires CourseCompleted and reads attendance and certificates through interfaces "
                + "that higher features implement", "quiz", "scenario", "catalogue", "identity", "privacy", "enrolment", "platform");
        layer("certificate", "certificates are issued when a course is completed, and only the outer features act on them",
                "progress", "quiz", "scenario", "catalogue", "identity", "privacy", "enrolment", "platform");
        String[] belowOuter = {"certificate", "progress", "quiz", "scenario", "catalogue", "identity", "privacy", "enrolment", "platform"};
        layer("cohort", "cohorts sit on top: they enrol, mark attendance and issue in bulk", belowOuter);
        layer("verification", "verification answers from the certificate register and is used by partners", belowOuter);
        layer("partner", "partner agencies use verification and certificates", concat(belowOuter, "verification"));
        layer("authoring", "authors change what the catalogue serves; nothing below needs to know that drafts exist "
                + "(a play-test grades with the knowledge checks' own grader)", "quiz", "catalogue", "identity", "privacy", "platform");
        layer("xapi", "learning records listen to every feature's events", concat(belowOuter, "cohort"));
    }

    private static void layer(String feature, String because, String... mayImport) {
        MAY_IMPORT.put(feature, Set.of(mayImport));
        BECAUSE.put(feature, because);
    }

    private static String[] concat(String[] base, String extra) {
        return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
    }

    static JavaClasses runtime;

    @BeforeAll
    static void importRuntimeClasses() {
        runtime = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mhfa", "db.migration");
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("org.mhfa.(*)..").should().beFreeOfCycles()
                .because("a cycle between features means no feature can be read, tested or changed on its own")
                .check(runtime);
    }

    @TestFactory
    Stream<DynamicTest> eachLayerImportsOnlyTheLayersBelowIt() {
        return MAY_IMPORT.entrySet().stream().map(layer -> DynamicTest.dynamicTest(layer.getKey(), () -> {
            String[] forbidden = MAY_IMPORT.keySet().stream()
                    .filter(other -> !other.equals(layer.getKey()) && !layer.getValue().contains(other))
                    .map(other -> "org.mhfa." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.mhfa." + layer.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(layer.getKey() + " may import only " + (layer.getValue().isEmpty() ? "no feature" : layer.getValue())
                            + ": " + BECAUSE.get(layer.getKey()))
                    .check(runtime);
        }));
    }

    @Test
    void everyFeaturePackageHasItsPlaceInTheLayers() {
        classes().that().resideInAPackage("org.mhfa.*..").should()
                .resideInAnyPackage(MAY_IMPORT.keySet().stream().map(feature -> "org.mhfa." + feature + "..").toArray(String[]::new))
                .because("a new feature package needs a place in the layers of ArchitectureTest before it can import anything")
                .check(runtime);
    }

    @Test
    void nothingImportsAWebPackage() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.mhfa..web..")
                .because("pages, JSON APIs and exception mappers are entry points: logic they hold belongs in a service")
                .check(runtime);
    }

    @Test
    void onlyIdentityTalksToKeycloaksAdministration() {
        noClasses().that().resideOutsideOfPackage("org.mhfa.identity..")
                .should().dependOnClassesThat().resideInAPackage("org.keycloak.admin.client..")
                .because("identity is the one owner of the Keycloak admin client: accounts and clients are made in one place")
                .check(runtime);
    }

    @Test
    void migrationsImportNoApplicationClass() {
        noClasses().that().resideInAPackage("db.migration..")
                .should().dependOnClassesThat().resideInAPackage("org.mhfa..")
                .because("a migration is history: the application class it would use changes later, the migration must not")
                .check(runtime);
    }

    @Test
    void servicesThrowTheirOwnExceptionsNotHttpOnes() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(WebApplicationException.class)
                .because("a service's failure is a domain exception that its feature's mapper turns into a problem answer")
                .check(runtime);
    }

    @Test
    void toolingIsNotInTheRuntime() {
        noClasses().should().resideInAPackage("org.mhfa.tooling..")
                .because("generators and benchmarks live in src/tools/java and never ship in the runtime jar")
                .allowEmptyShould(true)
                .check(runtime);
        List<String> layers = List.copyOf(MAY_IMPORT.keySet());
        org.junit.jupiter.api.Assertions.assertFalse(layers.contains("tooling"));
    }
}
