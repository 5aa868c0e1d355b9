package io.devzone.commons.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.devzone.commons.input.InputRules;
import io.devzone.commons.input.InvalidValueException;

/**
 * Every query and path parameter's text passes {@link InputRules#textProblem} before a resource sees it, whatever
 * its type: a NUL character would otherwise reach PostgreSQL, which refuses it with an error.
 */
public class TextParameters {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = InputRules.textProblem(value);
                if (problem != null) {
                    throw new InvalidValueException(parameter.getKey(), problem);
                }
            }
        }
    }
}
