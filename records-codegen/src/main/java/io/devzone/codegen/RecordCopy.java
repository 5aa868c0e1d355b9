package io.devzone.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An aggregate's input record copied onto its entity by code written at compile time, in {@link RecordCopyProcessor}:
 * the processor generates {@code <Input>Copy} beside the record (the record implements it), whose {@code copyTo}
 * sets each of the entity's fields the record has a component of the same name, by the house's rules: a
 * {@code BigDecimal} (an amount, area or volume, its unit in its name) at scale 2 through {@code Money.of}, a required
 * ({@code @NotBlank}) text stripped, any other text through {@code Texts.orNull}, a {@code Set} replaced in place, any
 * other value as it is. {@code version} is never copied (the lock is checked, not set).
 *
 * <p>Source only: nothing of it is read at run time, and no reflection copies (Panache's field access and the
 * compiler's check of every type stay as they are for code written by hand).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface RecordCopy {

    /** The aggregate's entity. */
    Class<?> to();

    /** Components the aggregate sets itself in its service's {@code apply} (a pipeline's state, a code upper-cased). */
    String[] except() default {};
}
