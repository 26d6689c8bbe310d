package dev.bcfkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bcfkit.core.Money;
import dev.bcfkit.core.Quarter;
import dev.bcfkit.core.returns.ConditionAnswer;
import dev.bcfkit.core.returns.ConditionResponse;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.rules.returns.ReturnEdits;
import dev.bcfkit.rules.returns.ReturnSamples;
import dev.bcfkit.testkit.seeds.DorsetReturn;
import dev.bcfkit.testkit.seeds.NottinghamshireReturn;
import dev.bcfkit.testkit.seeds.SouthendReturns;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link BcfValidator} shared by eight threads gives, for a few hundred documents, exactly the
 * reports one thread gives (the validator and its rules hold no mutable state; Hibernate
 * Validator's validator is thread-safe).
 */
class BcfValidatorConcurrencyTest {

    private static List<QuarterlyReturn> documents() {
        List<QuarterlyReturn> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.addAll(SouthendReturns.all());
            docs.add(NottinghamshireReturn.q2of2017to18());
            docs.add(DorsetReturn.q2of2018to19());
            Quarter q = Quarter.values()[i % 4];
            docs.add(ReturnSamples.incomeAndExpenditureVariant(q, Money.pounds(i)));
            int row = i % 4;
            docs.add(ReturnEdits.condition(ReturnSamples.complete2017(), row, c -> new ConditionResponse(null,
                    ConditionAnswer.NO, null, null, c.previousResponses())));
        }
        return docs;
    }

    @Test
    void eightThreadsSharingOneValidatorGetTheSameReportsAsOneThread() throws Exception {
        BcfValidator validator = BcfValidator.create();
        List<QuarterlyReturn> docs = documents();
        List<Report> sequential = docs.stream().map(validator::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (QuarterlyReturn d : docs) {
                futures.add(pool.submit(() -> validator.validate(d)));
            }
            List<Report> parallel = new ArrayList<>();
            for (Future<Report> f : futures) {
                parallel.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(sequential, parallel);
            assertEquals(320, docs.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
