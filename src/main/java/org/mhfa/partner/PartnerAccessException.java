package org.mhfa.partner;

/** A partner token without an agency or without the scope the request needs (403). */
public class PartnerAccessException extends RuntimeException {

    public PartnerAccessException(String message) {
        super(message);
    }
}
