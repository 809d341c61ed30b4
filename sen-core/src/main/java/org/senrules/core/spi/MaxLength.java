package org.senrules.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.senrules.core.ApiStatus;

/**
 * The longest text (in characters) or list (in items) a case field accepts. Without it, text is
 * limited to 200 characters and lists to 1,000 items.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface MaxLength {
    int value();
}
