package dev.bcfkit.json;

import static dev.bcfkit.json.HandMade.RETURN_2016_17;
import static dev.bcfkit.json.HandMade.RETURN_2017_18;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.FinancialYear;
import dev.bcfkit.core.Money;
import dev.bcfkit.core.ReportingPeriod;
import dev.bcfkit.core.returns.CareSetting;
import dev.bcfkit.core.returns.MaturityLevel;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link BcfModule} on an application's own {@code ObjectMapper}: found by
 * {@code findAndRegisterModules()}, gives the same shape as {@link BcfJson}, and keeps the model
 * free of Jackson annotations.
 */
class BcfModuleTest {

    @Test
    void findAndRegisterModulesFindsTheModule() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(BcfModule.class.getName()));
    }

    @Test
    void anApplicationMapperReadsAndWritesTheSameShape() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new BcfModule());
        QuarterlyReturn q4 = SouthendReturns.q4();
        String compact = mapper.writeValueAsString(q4);
        assertEquals(q4, mapper.readValue(compact, QuarterlyReturn.class));
        assertEquals(q4, BcfJson.strict().read(HandMade.bytes(compact), QuarterlyReturn.class));
        assertEquals(mapper.readTree(BcfJson.strict().writeString(q4)), mapper.readTree(compact));
    }

    @Test
    void valuesAndKeysOutsideDocumentsUseTheWireForms() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        Map<FinancialYear, Money> byYear = new TreeMap<>(Map.of(FinancialYear.of(2014), Money.pounds(16_100_000),
                FinancialYear.of(2015), Money.of(new BigDecimal("54905000.00"))));
        String text = mapper.writeValueAsString(byYear);
        assertEquals("{\"2014/15\":16100000,\"2015/16\":54905000.00}", text);
        assertEquals(byYear, mapper.readValue(text, new TypeReference<Map<FinancialYear, Money>>() { }));
        Map<ReportingPeriod, MaturityLevel> maturity = mapper.readValue("{\"2017/18 Q2\": \"Mature\"}",
                new TypeReference<Map<ReportingPeriod, MaturityLevel>>() { });
        assertEquals(MaturityLevel.MATURE, maturity.get(ReportingPeriod.parse("2017/18 Q2")));
        assertEquals("\"Social Care\"", mapper.writeValueAsString(CareSetting.SOCIAL_CARE));
        assertEquals(Money.of(new BigDecimal("20.00")), mapper.readValue("20.00", Money.class));
    }

    @Test
    void returnsInAListEachDecideTheirOwnEdition() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        List<QuarterlyReturn> both = mapper.readValue("[" + RETURN_2016_17 + "," + RETURN_2017_18 + "]",
                new TypeReference<List<QuarterlyReturn>>() { });
        assertEquals("1) Plans to be jointly agreed", both.get(0).nationalConditions().get(0).condition().wording());
        assertEquals("4) Managing transfers of care?", both.get(1).nationalConditions().get(0).condition().wording());
    }

    @Test
    void anApplicationMapperSeesJacksonExceptionsWithThePointer() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        String broken = HandMade.replace(RETURN_2016_17, "\"pooledFund\": 13131049", "\"pooledFund\": 12.345");
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue(broken, QuarterlyReturn.class));
        assertTrue(e.getMessage().startsWith("/incomeAndExpenditure/pooledFund: expected at most 2 decimal places"),
                e.getMessage());
        assertThrows(JsonMappingException.class, () -> mapper.readValue("\"3i\"",
                dev.bcfkit.core.returns.NationalCondition.class), "a code alone has no edition");
    }

    @Test
    void theModelCarriesNoJacksonAnnotation() {
        for (Class<?> type : ModelTypes.all()) {
            assertNoJackson(type, type);
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    assertNoJackson(type, c);
                    assertNoJackson(type, c.getAccessor());
                }
            }
            for (var constructor : type.getDeclaredConstructors()) {
                assertNoJackson(type, constructor);
            }
        }
        assertFalse(ModelTypes.all().isEmpty());
    }

    private static void assertNoJackson(Class<?> owner, AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            assertFalse(a.annotationType().getName().startsWith("com.fasterxml"), owner + ": " + a);
        }
    }

    @Test
    void everyModelTypeHasAWire() {
        for (Class<?> type : ModelTypes.all()) {
            if (type.isRecord() || type.isEnum()) {
                assertInstanceOf(Wire.class, Wires.of(type), type.getName());
            }
        }
    }
}
