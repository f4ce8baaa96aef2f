package org.mhfa.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The form fields a page's POST method takes more than once (a group of check boxes); any other field sent twice is
 * refused by {@link FormFieldsFilter}. {@link #ANY} leaves every field to the method, which must then judge repeats itself.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormFieldsMayRepeat {

    String ANY = "*";

    String[] value();
}
