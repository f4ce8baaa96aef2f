package org.mhfa.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mhfa.identity.Learner;

/** Every {@link PersonalDataHolder} of the platform, in order: gathers a learner's export. */
@ApplicationScoped
public class PersonalData {

    static final String FORMAT = "mhfa-personal-data/1";

    private final List<PersonalDataHolder> holders;

    PersonalData(Instance<PersonalDataHolder> found) {
        List<PersonalDataHolder> sorted = found.stream()
                .sorted(Comparator.comparingInt(PersonalDataHolder::erasureOrder).thenComparing(PersonalDataHolder::section))
                .toList();
        Set<String> sections = new HashSet<>();
        Set<String> tables = new HashSet<>();
        for (PersonalDataHolder holder : sorted) {
            if (!sections.add(holder.section())) {
                throw new IllegalStateException("Two personal data holders share the export section " + holder.section());
            }
            for (String table : holder.tables()) {
                if (!tables.add(table)) {
                    throw new IllegalStateException("Two personal data holders answer for table " + table);
                }
            }
        }
        this.holders = sorted;
    }

    /** The holders in erasure order: rows that point at others first, the learner last. */
    public List<PersonalDataHolder> holders() {
        return holders;
    }

    /** The tables some holder answers for. */
    public Set<String> tables() {
        Set<String> tables = new HashSet<>();
        holders.forEach(holder -> tables.addAll(holder.tables()));
        return tables;
    }

    /** Everything the platform holds about the learner, one section per holder, the profile first. */
    @Transactional
    public Map<String, Object> export(Learner learner) {
        Learner current = Learner.findById(learner.id);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("exportedAt", Instant.now());
        export.put("about", "All the personal data MHFA Training holds about you, as of exportedAt. "
                + "Your sign-in password and login history are kept by the identity provider (Keycloak), not here.");
        for (int i = holders.size() - 1; i >= 0; i--) {
            PersonalDataHolder holder = holders.get(i);
            export.put(holder.section(), holder.export(current));
        }
        return export;
    }
}
