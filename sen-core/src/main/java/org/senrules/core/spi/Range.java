package org.senrules.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.senrules.core.ApiStatus;

/** The inclusive range of a whole-number case field, such as a complexity level of 1 to 4. */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Range {
    long min();

    long max();
}
