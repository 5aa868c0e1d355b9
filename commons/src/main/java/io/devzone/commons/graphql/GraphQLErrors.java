package io.devzone.commons.graphql;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.DatabaseUnavailableException;
import io.devzone.commons.error.DomainException;
import io.devzone.commons.error.ErrorCode;
import io.devzone.commons.error.Faults;
import io.devzone.commons.input.InputRules;
import io.devzone.graphql.limits.ErrorMessages;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/**
 * Gives every GraphQL error a house code in {@code extensions.code} (CONVENTIONS.md, "Errors") before the answer
 * is written, whatever raised it: a refusal of ours keeps its code and message; a query or argument graphql-java or
 * SmallRye found invalid is {@code VALIDATION_FAILED} (with a message that echoes no input and names no class);
 * a query that does not parse is {@code BAD_REQUEST}; anything else is a fault of ours, {@code INTERNAL}, logged
 * with the reference the caller sees ({@link Faults}). A code already in the house style (upper case) is kept.
 */
@ApplicationScoped
public class GraphQLErrors {

    private static final Pattern HOUSE_CODE = Pattern.compile("[A-Z][A-Z_]*");
    /** graphql-java and SmallRye quote the value sent: {@code with value 'StringValue{value='…'}'}. */
    private static final Pattern ECHOED_VALUE = Pattern.compile(" with value '.*' is not a valid '[^']*'");
    private static final Pattern ECHOED_NAME = Pattern.compile("No value found for name '.*?'");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

    void houseCodes(@Observes @AfterExecute Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (!(context instanceof SmallRyeContext execution) || result == null || result.getErrors().isEmpty()) {
            return;
        }
        ExecutionResultImpl.Builder<?> rewritten = ExecutionResultImpl.newExecutionResult()
                .errors(result.getErrors().stream().map(GraphQLErrors::inHouseStyle).toList())
                .extensions(result.getExtensions());
        if (result.isDataPresent()) {
            rewritten.data(result.getData());
        }
        execution.setExecutionResult(rewritten.build());
    }

    private static GraphQLError inHouseStyle(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String given && HOUSE_CODE.matcher(given).matches()) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            DomainException refusal = refusal(fetching.getException());
            return refusal != null
                    ? error(error, refusal.code(), refusal.getMessage())
                    : error(error, ErrorCode.INTERNAL, Faults.report(fetching.getException(), where(error)));
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError) {
            return error(error, ErrorCode.VALIDATION_FAILED, invalid(error.getMessage()));
        }
        if (type == ErrorType.InvalidSyntax) {
            return error(error, ErrorCode.BAD_REQUEST, error.getMessage());
        }
        if (type == ErrorType.ExecutionAborted || type == ErrorType.OperationNotSupported) {
            return error(error, ErrorCode.BAD_REQUEST, invalid(error.getMessage()));
        }
        // e.g. a non-null field that came back null: ours to fix
        return error(error, ErrorCode.INTERNAL, Faults.report(new IllegalStateException(error.getMessage()),
                where(error)));
    }

    /**
     * The refusal a failure stands for, as on REST ({@code ProblemMapper}); null for a fault of ours. SmallRye's
     * federation fetcher wraps what an {@code _entities} resolver throws, so the causes are looked through.
     */
    private static DomainException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            DomainException refusal = refusalItself(cause);
            if (refusal != null) {
                return refusal;
            }
        }
        return DatabaseUnavailableException.behind(failure);
    }

    private static DomainException refusalItself(Throwable failure) {
        if (failure instanceof DomainException refusal) {
            return refusal;
        }
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return ConflictException.changedMeanwhile();
        }
        if (failure instanceof org.hibernate.exception.ConstraintViolationException) {
            return ConflictException.clash();
        }
        return null;
    }

    /** graphql-java's and SmallRye's message, without the value sent, a syntax-tree dump or a Java class name. */
    static String invalid(String raw) {
        if (raw == null) {
            return "The request is not valid.";
        }
        String message = ErrorMessages.validation(raw);
        if (message.contains("Unknown Scalar Type")) {
            // SmallRye could not turn an input object's value into its Java type: an id, a date or an enum value
            Matcher argument = ARGUMENT.matcher(message);
            return (argument.find() ? "argument '" + argument.group(1) + "'" : "an argument")
                    + " has a field of the wrong type or format: ids are UUIDs, dates yyyy-MM-dd from "
                    + InputRules.FIRST_DAY + " to " + InputRules.LAST_DAY + ", enum values one of the schema's.";
        }
        String clean = ECHOED_VALUE.matcher(message).replaceAll(" is not valid for its type");
        clean = ECHOED_NAME.matcher(clean).replaceAll("Use one of the values the schema lists");
        return JAVA_CLASS.matcher(clean).replaceAll("(a type)");
    }

    private static String where(GraphQLError error) {
        return "GraphQL " + (error.getPath() == null ? "request" : String.join("/",
                error.getPath().stream().map(String::valueOf).toList()));
    }

    private static GraphQLError error(GraphQLError original, ErrorCode code, String message) {
        return GraphqlErrorBuilder.newError()
                .message("%s", message)
                .locations(original.getLocations())
                .path(original.getPath())
                .errorType(original.getErrorType())
                .extensions(Map.of("code", code.name(), "classification", String.valueOf(original.getErrorType())))
                .build();
    }
}
