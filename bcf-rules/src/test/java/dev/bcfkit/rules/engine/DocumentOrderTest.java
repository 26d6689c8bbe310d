package dev.bcfkit.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Sort keys of places in a document: compared position by position, a place before the places
 * inside it; a map's keys are indexed once for all the paths that step into it, and the meter
 * counts one step per path step and one per map entry indexed.
 */
class DocumentOrderTest {

    /** A row of a register. */
    record Row(@NotNull String name) {
    }

    /** Rows kept by a key, in the order they were added. */
    record Register(Map<String, @Valid Row> byKey) {
    }

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aPlaceComesBeforeThePlacesInsideIt() {
        assertTrue(DocumentOrder.compare(List.of(0), List.of(0, 0)) < 0);
        assertTrue(DocumentOrder.compare(List.of(0, 0), List.of(0)) > 0);
        assertEquals(0, DocumentOrder.compare(List.of(1, "name"), List.of(1, "name")));
    }

    @Test
    void positionsAreNumbersAndNamesAreText() {
        assertTrue(DocumentOrder.compare(List.of(2), List.of(10)) < 0, "2 before 10, not as text");
        assertTrue(DocumentOrder.compare(List.of("alpha"), List.of("zulu")) < 0);
    }

    @Test
    void aMapIsIndexedOnceAndEveryPathStepIsCounted() {
        Map<String, Row> byKey = new LinkedHashMap<>();
        byKey.put("zeta", new Row(null));
        byKey.put("mu", new Row("fine"));
        byKey.put("alpha", new Row(null));
        Register register = new Register(byKey);
        Work work = new Work();
        DocumentOrder order = new DocumentOrder(register, work);
        List<List<Object>> keys = VALIDATOR.validate(register).stream().map(ConstraintViolation::getPropertyPath)
                .map(order::of).sorted(DocumentOrder::compare).toList();
        assertEquals(List.of(List.of(0, 0, 0), List.of(0, 2, 0)), keys);
        assertEquals(2 * 2 + 3, work.steps(), "two steps on each of two paths, three map entries indexed once");
    }
}
