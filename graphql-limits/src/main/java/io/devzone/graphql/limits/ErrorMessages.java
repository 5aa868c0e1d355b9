package io.devzone.graphql.limits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;

/**
 * graphql-java's parse and validation messages as the gateway and every service answer them: saying what is wrong
 * and where, without the syntax tree graphql-java prints ({@code ObjectField{name=…}}, {@code EnumValue{name=…}})
 * or the text that was sent. Names the schema defines (arguments, types) are kept; values never.
 */
public final class ErrorMessages {

    /** graphql-java's {@code toString()} of a syntax-tree node: {@code EnumValue{name='X'}}, {@code IntValue{…}}. */
    private static final Pattern SYNTAX_TREE = Pattern.compile("\\b[A-Z][A-Za-z]*\\{");
    private static final String NAME = "[_A-Za-z][_0-9A-Za-z]*";
    private static final Pattern PREFIX = Pattern.compile("^Validation error \\(" + NAME
            + "(?:@\\[[_0-9A-Za-z/.\\[\\]]*\\])?\\) : ");
    private static final Pattern ARGUMENT = Pattern.compile("argument '(" + NAME + "(?:[.\\[\\]0-9]|" + NAME
            + ")*)'");
    private static final Pattern ENUM = Pattern.compile("allowable values for enum '(" + NAME + ")'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("contains a field not in '(" + NAME + ")'");
    private static final Pattern NOT_A_VALID = Pattern.compile("is not a valid '(" + NAME + ")'");

    private ErrorMessages() {
    }

    /**
     * A validation message without a syntax-tree dump: one that has none is kept; one that has is rebuilt from its
     * kind, location, argument and the schema type it did not fit.
     */
    public static String validation(String message) {
        if (message == null || !SYNTAX_TREE.matcher(message).find()) {
            return message;
        }
        Matcher prefix = PREFIX.matcher(message);
        Matcher argument = ARGUMENT.matcher(message);
        Matcher enumType = ENUM.matcher(message);
        Matcher unknownField = UNKNOWN_FIELD.matcher(message);
        Matcher type = NOT_A_VALID.matcher(message);
        String problem;
        if (enumType.find()) {
            problem = "is not one of the values of enum '" + enumType.group(1) + "'.";
        } else if (unknownField.find()) {
            problem = "has a field that '" + unknownField.group(1) + "' does not define.";
        } else if (type.find()) {
            problem = "is not a valid '" + type.group(1) + "'.";
        } else {
            problem = "is not valid for its type.";
        }
        return (prefix.find() ? prefix.group() : "Validation error: ")
                + (argument.find() ? "argument '" + argument.group(1) + "' " : "a value ") + problem;
    }

    /** Where a document stopped parsing, without the text around it. */
    public static String syntax(InvalidSyntaxException e) {
        SourceLocation at = e.getLocation();
        return "The query does not parse" + (at == null || at.getLine() < 1 ? "."
                : ": invalid syntax at line " + at.getLine() + ", column " + at.getColumn() + ".");
    }
}
