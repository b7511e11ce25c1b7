package org.telerehab.kit.limits;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * What the REST layer's JSON reader refuses while it parses, each as 400 problem+json naming the field: nesting
 * deeper than {@link InputLimits#maxJsonNestingDepth()}, text holding a NUL character, which PostgreSQL cannot
 * store (it would otherwise fail the transaction at commit, as a 500), anything after the JSON value, and a value
 * of the wrong JSON type (a number for a date too). Jackson's default coercions would bind {@code 3.7} or {@code "3"} to a pain score,
 * {@code 0} or {@code ""} to an enum, any number to a yes/no answer and a number to a text; a client sending them
 * has a bug the service should name, not a reading it should store (found by HostileInputContract).
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    public static final String NUL_REFUSED = "must not contain NUL characters";

    private final InputLimits limits;

    JsonInputRules(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonNestingDepth()).build());
        mapper.registerModule(new SimpleModule("telerehab-text").addDeserializer(String.class, new TextWithoutNul()));
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // a number is not a date: Jackson would read 11 as the 11th day after 1970-01-01
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        // "" or blank for an id, a date or a time is not "none": Jackson would bind it to null
        for (LogicalType fromText : List.of(LogicalType.OtherScalar, LogicalType.DateTime)) {
            mapper.coercionConfigFor(fromText).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    static final class TextWithoutNul extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, NUL_REFUSED, text.replace("\0", "\\u0000"), String.class);
            }
            return text;
        }
    }
}
