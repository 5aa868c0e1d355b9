package io.devzone.gateway.execution;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/** A client's GraphQL request as GraphQL over HTTP defines it. */
public record GraphQLRequest(@JsonDeserialize(using = Text.class) String query,
        @JsonDeserialize(using = Text.class) String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    public GraphQLRequest withQuery(String fullQuery) {
        return new GraphQLRequest(fullQuery, operationName, variables, extensions);
    }

    /** A JSON string only: Jackson would otherwise take {@code "query": 5} as the text "5". */
    static final class Text extends StdDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText()
                    : (String) context.handleUnexpectedToken(String.class, parser);
        }
    }
}
