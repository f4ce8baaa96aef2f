package org.mhfa.partner;

/** A request about agencies that cannot be carried out as asked (a 409 or 422 for the caller). */
public class AgencyException extends RuntimeException {

    public AgencyException(String message) {
        super(message);
    }
}
