package org.mhfa.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mhfa.identity.Learner;
import org.mhfa.privacy.Erasure;
import org.mhfa.privacy.PersonalDataHolder;

/**
 * The person's membership of a partner agency (their account and username, kept by the agency's member list). On erasure
 * the membership goes with the account; the agency itself is an organisation's record and stays.
 */
@ApplicationScoped
public class PartnerMembershipPersonalData implements PersonalDataHolder {

    /** An agency membership, in the export. */
    public record MembershipData(long id, String agency, String username, Instant addedAt) {
    }

    @Override
    public String section() {
        return "partnerMemberships";
    }

    @Override
    public Set<String> tables() {
        return Set.of("partner_member");
    }

    @Override
    public Object export(Learner learner) {
        List<PartnerMember> members = PartnerMember.list("userId", learner.subject);
        return members.stream().map(member -> new MembershipData(member.id, member.agency.name, member.username, member.addedAt)).toList();
    }

    @Override
    public void erase(Erasure erasure) {
        PartnerMember.delete("userId", erasure.learner().subject);
    }
}
