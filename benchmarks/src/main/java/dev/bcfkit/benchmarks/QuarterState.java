package dev.bcfkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleContext;
import dev.bcfkit.rules.Rulebook;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every benchmark of {@link QuarterBenchmarks} works on: the {@link NationalQuarter} fixture
 * of {@value NationalQuarter#BOARDS} returns as bytes, the same returns already read back by
 * bcf-json (for the benchmarks that start from the model), and the engines, each built once as a
 * long-running service would: a plain Jackson {@link ObjectMapper}, bcf-json's strict reader,
 * bcf-rules' {@link BcfValidator}, each return's rulebook rules and rule context, and a Jakarta
 * {@link Validator} bootstrapped exactly as bcf-rules bootstraps Hibernate Validator (the
 * {@link ParameterMessageInterpolator}, no expression language), since {@link BcfValidator} has no
 * shape-only entry point.
 */
@State(Scope.Benchmark)
public class QuarterState {
    byte[][] bytes;
    String[] names;
    QuarterlyReturn[] returns;
    List<Rule<QuarterlyReturn>>[] rules;
    RuleContext[] contexts;
    ObjectMapper mapper;
    BcfJson json;
    BcfValidator validator;
    ValidatorFactory shapeFactory;
    Validator shape;

    /** Created by JMH, or by a test that then calls {@link #setUp()}. */
    public QuarterState() {
        // Everything is built in setUp().
    }

    /** Generates the fixture from {@link NationalQuarter#SEED}, reads it back and builds the engines. */
    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        NationalQuarter quarter = NationalQuarter.generate(NationalQuarter.SEED);
        int n = quarter.bytes().size();
        mapper = new ObjectMapper();
        json = BcfJson.strict();
        validator = BcfValidator.create();
        shapeFactory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        shape = shapeFactory.getValidator();
        bytes = new byte[n][];
        names = new String[n];
        returns = new QuarterlyReturn[n];
        rules = new List[n];
        contexts = new RuleContext[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = quarter.bytes().get(i).clone();
            names[i] = String.format("hwb-%03d.json", i);
            returns[i] = json.read(bytes[i], names[i], QuarterlyReturn.class);
            rules[i] = Rulebook.forEdition(returns[i].edition()).returnRules();
            contexts[i] = RuleContext.of(returns[i].edition(), returns[i].period());
        }
    }

    /** Closes the Hibernate Validator factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        shapeFactory.close();
    }
}
