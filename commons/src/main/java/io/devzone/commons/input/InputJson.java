package io.devzone.commons.input;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every text and every date of a REST body passes {@link InputRules} as it is read: Jackson wraps the refusal with
 * the JSON path of the field, which {@code ProblemMapper} answers as {@code VALIDATION_FAILED} at that field.
 */
@Singleton
public class InputJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its modules (JavaTimeModule): the module registered last wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("devzone-input")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(LocalDate.class, new CheckedDate()));
    }

    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = InputRules.textProblem(text);
            if (problem != null) {
                throw new InvalidValueException(null, problem);
            }
            return text;
        }
    }

    /** Strict ISO dates only: Jackson's default also takes a date-time and keeps its day. */
    static final class CheckedDate extends StdScalarDeserializer<LocalDate> {

        CheckedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            return text.isEmpty() ? null : InputRules.parseDate(null, text);
        }
    }
}
