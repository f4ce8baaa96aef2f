package org.mhfa.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfAndABom() {
        String csv = new CsvTable(List.of("name", "score")).row(List.of("Ada Lovelace", 90)).text();

        assertEquals("\uFEFFname,score\r\nAda Lovelace,90\r\n", csv);
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Smith, \"\"Jo\"\"\"", CsvTable.field("Smith, \"Jo\""));
        assertEquals("\"two\nlines\"", CsvTable.field("two\nlines"));
        assertEquals("\"a\r\nb\"", CsvTable.field("a\r\nb"));
        assertEquals("\"\"\"\"", CsvTable.field("\""));
    }

    @Test
    void cellsAFormulaCouldStartWithGetALeadingApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvTable.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvTable.field("+1"));
        assertEquals("'-2", CsvTable.field("-2"));
        assertEquals("'@SUM(A1)", CsvTable.field("@SUM(A1)"));
        assertEquals("'\tx", CsvTable.field("\tx"));
        assertEquals("\"'\rx\"", CsvTable.field("\rx"));
        assertEquals("a=b", CsvTable.field("a=b"), "only the first character matters");
        assertEquals("", CsvTable.field(""));
    }

    @Test
    void nullCellsAreEmptyAndAccentsAreUtf8() {
        byte[] bytes = new CsvTable(List.of("a", "b")).row(Arrays.asList(null, "Zoë")).bytes();

        assertArrayEquals("\uFEFFa,b\r\n,Zoë\r\n".getBytes(StandardCharsets.UTF_8), bytes);
    }

    @Test
    void aRowMustHaveAsManyCellsAsTheHeader() {
        CsvTable table = new CsvTable(List.of("a", "b"));

        assertThrows(IllegalArgumentException.class, () -> table.row(List.of("only one")));
    }
}
