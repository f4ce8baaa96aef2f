package org.mhfa.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: no control characters (tab and line breaks aside; a NUL cannot even be stored) and no U+FFFD,
 * which stands where a form's bytes were not UTF-8. Null counts as "none given".
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String MESSAGE = "Remove the control characters or unreadable characters from this text.";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the value with {@link #isPlain}, which forms that build no validated record call themselves. */
    class Validator implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }

        /** Whether the text (null included) holds only what a person types: no C0 or C1 control but tab, CR and LF, no U+FFFD. */
        public static boolean isPlain(String value) {
            return value == null || value.chars()
                    .noneMatch(c -> (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFD);
        }
    }
}
