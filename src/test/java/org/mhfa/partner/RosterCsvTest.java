package org.mhfa.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster reader: RFC 4180 quoting, and recovery from rows it cannot read. */
class RosterCsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<RosterCsv.Row> rows = RosterCsv.read("\uFEFFname,code\r\n\"O\"\"Neil, Ann\",A1\r\n\"two\nlines\",B2\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("name", "code"), rows.get(0).fields());
        assertEquals(List.of("O\"Neil, Ann", "A1"), rows.get(1).fields());
        assertEquals(List.of("two\nlines", "B2"), rows.get(2).fields());
        assertEquals(List.of(1, 2, 3), rows.stream().map(RosterCsv.Row::line).toList());
    }

    @Test
    void aBadRowIsReportedAndReadingGoesOn() {
        List<RosterCsv.Row> rows = RosterCsv.read("name,code\n\"Ann\"x,A1\nBo\"b,B2\n\"never closed,C3\nDee,D4");
        assertEquals(5, rows.size());
        assertFalse(rows.get(1).readable());
        assertTrue(rows.get(1).error().contains("closing quote"));
        assertFalse(rows.get(2).readable());
        assertFalse(rows.get(3).readable());
        assertTrue(rows.get(3).error().contains("never closed"));
        assertEquals(4, rows.get(3).line());
        assertEquals(List.of("Dee", "D4"), rows.get(4).fields());
        assertEquals(5, rows.get(4).line());
    }

    @Test
    void blankLinesAndEmptyInputAreSkipped() {
        assertEquals(0, RosterCsv.read("").size());
        assertEquals(2, RosterCsv.read("name,code\n\n\r\nA,B\n\n").size());
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrExtraSpaces() {
        assertEquals(org.mhfa.certificate.HolderNameDigest.normalise("Zoë  Ångström "), org.mhfa.certificate.HolderNameDigest.normalise("zoe angstrom"));
        assertFalse(org.mhfa.certificate.HolderNameDigest.normalise("Zoe Angstrom").equals(org.mhfa.certificate.HolderNameDigest.normalise("Zoe Angstrem")));
    }
}
