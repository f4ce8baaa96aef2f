package org.mhfa.partner;

/** Something the calling agency asked for that is not its own, or does not exist (404). */
public class PartnerNotFoundException extends RuntimeException {

    public PartnerNotFoundException(String message) {
        super(message);
    }
}
