package org.mhfa.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mhfa.verification.VerificationConfig.HolderNameForm;

class MaskingAndAddressesTest {

    @Test
    void firstNameAndInitialShowsTheFirstNameAndTheLastNamesInitial() {
        assertEquals("Ana M.", HolderNames.show("Ana María Martínez", HolderNameForm.FIRST_NAME_AND_INITIAL));
        assertEquals("Jean-Luc P.", HolderNames.show(" Jean-Luc  Picard ", HolderNameForm.FIRST_NAME_AND_INITIAL));
        assertEquals("Zoë Å.", HolderNames.show("Zoë ångström", HolderNameForm.FIRST_NAME_AND_INITIAL));
        assertEquals("Madonna", HolderNames.show("Madonna", HolderNameForm.FIRST_NAME_AND_INITIAL));
        assertEquals("Ana María Martínez", HolderNames.show("Ana María Martínez", HolderNameForm.FULL));
    }

    @Test
    void addressesAreCutToTheirNetwork() {
        assertEquals(Optional.of("203.0.113.0"), ClientAddresses.truncate("203.0.113.77"));
        assertEquals(Optional.of("2001:db8:1234::"), ClientAddresses.truncate("2001:db8:1234:5678:9abc::1"));
        assertEquals(Optional.of("2001:db8:1234::"), ClientAddresses.truncate("[2001:db8:1234:ffff::1%eth0]"));
        assertEquals(Optional.of("192.0.2.0"), ClientAddresses.truncate("::ffff:192.0.2.33"));
        assertEquals(Optional.of("::"), ClientAddresses.truncate("::1"));
        assertEquals(Optional.empty(), ClientAddresses.truncate("example.org"));
        assertEquals(Optional.empty(), ClientAddresses.truncate(null));
        assertEquals(Optional.empty(), ClientAddresses.truncate("not an address"));
    }
}
