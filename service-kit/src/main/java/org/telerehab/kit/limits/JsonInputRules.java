package org.telerehab.kit.limits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * What the REST layer's JSON reader refuses while it parses, each as 400 problem+json naming the field: nesting
 * deeper than {@link InputLimits#maxJsonNestingDepth()}, and text holding a NUL character, which PostgreSQL cannot
 * store (it would otherwise fail the transaction at commit, as a 500).
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
