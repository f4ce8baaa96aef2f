package org.mhfa.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mhfa.platform.PlainText;

/** What an administrator enters to register an agency; {@link #errors()} says what is wrong, field by field. */
public record AgencyRegistration(String name, String contactEmail, List<String> scopes) {

    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter the agency's name.");
        } else if (!PlainText.Validator.isPlain(name)) {
            errors.put("name", PlainText.MESSAGE);
        } else if (name.strip().length() > 200) {
            errors.put("name", "Keep the name under 200 characters.");
        } else if (AgencyService.slug(name).isEmpty()) {
            errors.put("name", "The name needs at least one letter or digit.");
        }
        if (contactEmail == null || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || contactEmail.length() > 320
                || !PlainText.Validator.isPlain(contactEmail)) {
            errors.put("contactEmail", "Enter a contact e-mail address such as team@agency.example.");
        }
        if (scopes == null || scopes.isEmpty()) {
            errors.put("scopes", "Choose at least one scope.");
        } else if (scopes.stream().anyMatch(scope -> PartnerScope.of(scope).isEmpty())) {
            errors.put("scopes", "Scopes are " + String.join(" and ", PartnerScope.names()) + ".");
        }
        return errors;
    }
}
