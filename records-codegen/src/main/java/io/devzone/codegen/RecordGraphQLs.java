package io.devzone.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The aggregates a {@code graphql} package declares whole, one {@link RecordGraphQL} each (the compiler's container). */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface RecordGraphQLs {

    RecordGraphQL[] value();
}
