package org.senrules.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.senrules.core.ApiStatus;

/**
 * Marks a case field that may be absent or null. Every other field is required. A missing
 * optional list becomes an empty list.
 */
@ApiStatus(ApiStatus.Level.EXPERIMENTAL)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface OptionalField {
}
