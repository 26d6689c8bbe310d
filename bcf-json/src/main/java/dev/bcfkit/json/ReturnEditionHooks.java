package dev.bcfkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.bcfkit.core.BcfException;
import dev.bcfkit.core.Edition;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.UnknownEditionException;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.NationalCondition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly return's extra reading steps: its {@code period} decides the template edition
 * ({@link Edition#ofReturn}), and a period with no known edition (2019/20, say) is refused at
 * {@code /period} with the editions the library knows; national condition codes are resolved
 * against that edition ({@link NationalConditionWire}).
 */
final class ReturnEditionHooks implements RecordHooks {
    static final ReturnEditionHooks INSTANCE = new ReturnEditionHooks();

    private ReturnEditionHooks() {
    }

    @Override
    public Object started(DeserializationContext ctxt) {
        ReturnScope outer = ReturnScope.current(ctxt);
        ReturnScope.enter(ctxt, new ReturnScope());
        return outer;
    }

    @Override
    public void read(String name, Object value, JsonParser p, String pointer, JsonLocation location,
            DeserializationContext ctxt) throws IOException {
        if (name.equals("period") && value instanceof ReportingPeriod period) {
            try {
                ReturnScope.current(ctxt).edition(Edition.ofReturn(period.year()));
            } catch (UnknownEditionException unknown) {
                throw CoreRefusal.at(p, pointer, location, unknown);
            }
        }
    }

    @Override
    public void completing(RecordShape<?> shape, Object[] args, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        ReturnScope scope = ReturnScope.current(ctxt);
        List<ReturnScope.PendingCode> pending = scope.pending();
        if (pending.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<ConditionResponse> rows = (List<ConditionResponse>) RecordWire.arg(shape, args, "nationalConditions");
        if (rows.size() != pending.size()) {
            throw new IllegalStateException("every condition row has a required code: " + rows.size() + " rows, "
                    + pending.size() + " codes");
        }
        List<ConditionResponse> resolved = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ConditionResponse row = rows.get(i);
            ReturnScope.PendingCode code = pending.get(i);
            NationalCondition condition;
            try {
                condition = NationalCondition.of(scope.edition(), code.code());
            } catch (BcfException refusal) {
                throw CoreRefusal.at(p, code.pointer(), code.location(), refusal);
            }
            resolved.add(new ConditionResponse(condition, row.answer(), row.expectedDate(), row.explanation(),
                    row.previousResponses()));
        }
        RecordWire.replace(shape, args, "nationalConditions", resolved);
    }

    @Override
    public void finished(DeserializationContext ctxt, Object restore) {
        ReturnScope scope = ReturnScope.current(ctxt);
        if (restore == null && scope != null && scope.edition() != null) {
            // the document's own return: its edition is handed on with the shape token, resolved once
            DocumentProblems.edition(ctxt, scope.edition());
        }
        ReturnScope.enter(ctxt, (ReturnScope) restore);
    }
}
