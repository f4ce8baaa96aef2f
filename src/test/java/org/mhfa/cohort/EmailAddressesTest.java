package org.mhfa.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void addressesAreSplitOnLinesCommasSemicolonsAndSpaces() {
        assertEquals(List.of("a@example.org", "b@example.org", "c@example.org", "d@example.org"),
                EmailAddresses.split(" a@example.org,\nb@example.org;c@example.org\t<d@example.org>\n\n"));
        assertEquals(List.of(), EmailAddresses.split("  \n "));
        assertEquals(List.of(), EmailAddresses.split(null));
    }

    @Test
    void plausibleAddressesPassAndOthersSayWhy() {
        assertTrue(EmailAddresses.problem("sam.o'neil+mhfa@mail.example.co.uk").isEmpty());
        assertTrue(EmailAddresses.problem("no-at-sign").get().contains("needs a name, an @ and a domain"));
        assertTrue(EmailAddresses.problem("sam@localhost").get().contains("domain name"));
        assertTrue(EmailAddresses.problem("sam@exa_mple.org").get().contains("domain name"));
        assertTrue(EmailAddresses.problem("sa m@example.org").isPresent());
        assertTrue(EmailAddresses.problem(".sam@example.org").isPresent());
        assertTrue(EmailAddresses.problem("a".repeat(250) + "@example.org").isPresent());
        assertEquals("sam@example.org", EmailAddresses.normalise(" Sam@Example.ORG "));
    }

    @Test
    void videoLinksMustBeWebAddresses() {
        assertTrue(HttpUrl.Validator.isWebAddress("https://meet.example.org/abc?x=1"));
        assertTrue(HttpUrl.Validator.isWebAddress("http://10.0.0.5:8080/room"));
        assertFalse(HttpUrl.Validator.isWebAddress("javascript:alert(1)"));
        assertFalse(HttpUrl.Validator.isWebAddress("ftp://example.org/x"));
        assertFalse(HttpUrl.Validator.isWebAddress("meet.example.org/x"));
        assertFalse(HttpUrl.Validator.isWebAddress("https:///nohost"));
        assertFalse(HttpUrl.Validator.isWebAddress("https://exa mple.org"));
    }
}
