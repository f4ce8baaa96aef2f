package org.mhfa.privacy;

import java.util.List;
import org.mhfa.identity.Learner;

/** The certificates that stay verifiable after a learner's erasure; the certificate feature provides it. */
public interface KeptCertificates {

    /** The learner's certificates, as the erasure receipt lists them. */
    List<ErasureService.KeptCertificate> certificatesKept(Learner learner);
}
