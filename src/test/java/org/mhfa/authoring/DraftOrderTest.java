package org.mhfa.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mhfa.authoring.DraftOrder.Direction;

/** The renames that move an item or a module one place up or down. */
class DraftOrderTest {

    private static final Set<String> COURSE = Set.of(
            "course.md",
            "01-intro/module.md",
            "01-intro/01-welcome.md",
            "02-signs/module.md",
            "02-signs/01-what.md",
            "02-signs/03-talking.md",
            "02-signs/04-check.quiz.md",
            "02-signs/05-bus.scenario.md",
            "02-signs/assets/01-picture.md",
            "02-signs/banks/01-questions.md",
            "03-help/module.md",
            "03-help/01-listen.md");

    @Test
    void anItemMovesUpBySwappingNumbersWithTheOneBefore() {
        assertEquals(Map.of("02-signs/03-talking.md", "02-signs/01-talking.md", "02-signs/01-what.md", "02-signs/03-what.md"),
                DraftOrder.renames(COURSE, "02-signs/03-talking.md", Direction.UP));
    }

    @Test
    void anItemMovesDownPastAQuizOrScenario() {
        assertEquals(Map.of("02-signs/04-check.quiz.md", "02-signs/05-check.quiz.md", "02-signs/05-bus.scenario.md", "02-signs/04-bus.scenario.md"),
                DraftOrder.renames(COURSE, "02-signs/04-check.quiz.md", Direction.DOWN));
    }

    @Test
    void aModuleMovesUpWithEveryFileUnderIt() {
        Map<String, String> renames = DraftOrder.renames(COURSE, "03-help", Direction.UP);
        assertEquals("02-help/module.md", renames.get("03-help/module.md"));
        assertEquals("02-help/01-listen.md", renames.get("03-help/01-listen.md"));
        assertEquals("03-signs/assets/01-picture.md", renames.get("02-signs/assets/01-picture.md"));
        assertEquals("03-signs/05-bus.scenario.md", renames.get("02-signs/05-bus.scenario.md"));
        assertEquals(2 + 7, renames.size());
    }

    @Test
    void theFirstCannotMoveUpNorTheLastDown() {
        assertEquals("'02-signs/01-what.md' is already first.", refusal("02-signs/01-what.md", Direction.UP));
        assertEquals("'02-signs/05-bus.scenario.md' is already last.", refusal("02-signs/05-bus.scenario.md", Direction.DOWN));
        assertEquals("'01-intro' is already first.", refusal("01-intro", Direction.UP));
        assertEquals("'03-help' is already last.", refusal("03-help", Direction.DOWN));
    }

    @Test
    void numbersKeepTheirWidths() {
        Set<String> paths = Set.of("09-nine/module.md", "10-ten/module.md", "10-ten/9-a.md", "10-ten/010-b.md");
        assertEquals(Map.of("10-ten/9-a.md", "10-ten/010-a.md", "10-ten/010-b.md", "10-ten/9-b.md"),
                DraftOrder.renames(paths, "10-ten/9-a.md", Direction.DOWN));
        assertEquals(Map.of("10-ten/module.md", "09-ten/module.md", "10-ten/9-a.md", "09-ten/9-a.md", "10-ten/010-b.md", "09-ten/010-b.md",
                "09-nine/module.md", "10-nine/module.md"), DraftOrder.renames(paths, "10-ten", Direction.UP));
    }

    @Test
    void onlyItemsAndModulesHaveAnOrder() {
        for (String path : List.of("course.md", "02-signs/module.md", "02-signs/assets/01-picture.md", "02-signs/banks/01-questions.md",
                "02-signs/assets", "02-signs/03-talking.md/x")) {
            assertThrows(RuntimeException.class, () -> DraftOrder.renames(COURSE, path, Direction.UP), path);
        }
        assertThrows(InvalidDraftEditException.class, () -> DraftOrder.renames(COURSE, "02-signs/module.md", Direction.DOWN));
        assertThrows(UnknownAuthoringItemException.class, () -> DraftOrder.renames(COURSE, "02-signs/09-missing.md", Direction.UP));
        assertThrows(InvalidDraftEditException.class, () -> DraftOrder.renames(COURSE, null, Direction.UP));
    }

    @Test
    void equalNamesWithDifferentNumbersSwapTheirFilesNotJustTheSet() {
        Set<String> paths = Set.of("01-m/module.md", "01-m/02-x.md", "01-m/03-x.md");
        Map<String, String> renames = DraftOrder.renames(paths, "01-m/02-x.md", Direction.DOWN);
        assertEquals(Map.of("01-m/02-x.md", "01-m/03-x.md", "01-m/03-x.md", "01-m/02-x.md"), renames);
    }

    @Test
    void siblingsWithTheSameNumberAreRefusedAsChangingNothing() {
        Set<String> paths = Set.of("01-m/02-a.md", "01-m/02-b.md");
        assertTrue(refusal(paths, "01-m/02-a.md", Direction.DOWN).contains("have the same number"));
    }

    @Test
    void aMoveThatWouldCollideWithAnotherFileIsRefused() {
        Set<String> paths = Set.of("02-signs/module.md", "03-help/module.md", "03-signs/module.md");
        assertTrue(refusal(paths, "02-signs", Direction.DOWN).contains("'03-signs/module.md', which exists already"));
    }

    @Test
    void theButtonsBesideAFileMoveTheItemOrItsModule() {
        assertEquals("02-signs/03-talking.md", DraftOrder.target("02-signs/03-talking.md"));
        assertEquals("02-signs/04-check.quiz.md", DraftOrder.target("02-signs/04-check.quiz.md"));
        assertEquals("02-signs", DraftOrder.target("02-signs/module.md"));
        assertNull(DraftOrder.target("course.md"));
        assertNull(DraftOrder.target("02-signs/assets/01-picture.md"));
        assertNull(DraftOrder.target("intro/01-welcome.md"));
        assertNull(DraftOrder.target(null));
    }

    private static String refusal(String target, Direction direction) {
        return refusal(COURSE, target, direction);
    }

    private static String refusal(Set<String> paths, String target, Direction direction) {
        return assertThrows(InvalidDraftEditException.class, () -> DraftOrder.renames(paths, target, direction)).errors().get("path");
    }
}
