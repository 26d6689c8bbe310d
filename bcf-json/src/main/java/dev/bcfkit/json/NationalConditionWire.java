package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.returns.NationalCondition;
import java.io.IOException;
import java.util.Arrays;

/**
 * A national condition row as its code in the template, {@code "condition": "3i"}
 * ({@code [002:899]}), resolved against the edition of the return's period with
 * {@link NationalCondition#of(dev.bcfkit.core.Edition, String)}: "1" is "Plans to be jointly
 * agreed" in 2016/17 and "Plans to be jointly agreed? (This also includes agreement with district
 * councils ...)" in 2017-19. A code the edition does not have is refused at its pointer, with the
 * codes the edition has.
 *
 * <p>A code met before the return's period is kept in the {@link ReturnScope} and read as
 * {@code null} for the moment; {@link ReturnEditionHooks} resolves it when the return is complete.
 * Outside a quarterly return a code cannot be read, since nothing decides the edition.
 */
final class NationalConditionWire implements Wire<NationalCondition> {
    static final NationalConditionWire INSTANCE = new NationalConditionWire();

    private NationalConditionWire() {
    }

    @Override
    public NationalCondition read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Found.mismatch(p, "a condition code such as \"3i\"");
        }
        String code = p.getText();
        ReturnScope scope = ReturnScope.current(ctxt);
        if (scope == null) {
            throw WireException.at(p, "a national condition code can only be read inside a quarterly return,"
                    + " whose period decides the edition; found " + Found.quote(code));
        }
        if (scope.edition() == null) {
            scope.defer(new ReturnScope.PendingCode(code, Pointers.current(p), p.currentTokenLocation()));
            return null;
        }
        try {
            return NationalCondition.of(scope.edition(), code);
        } catch (BcfException refusal) {
            throw CoreRefusal.at(p, refusal);
        }
    }

    @Override
    public void write(NationalCondition value, JsonGenerator g) throws IOException {
        g.writeString(value.code());
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string");
        Arrays.stream(NationalCondition.values()).map(NationalCondition::code).distinct()
                .forEach(schema.putArray("enum")::add);
    }
}
