package dev.bcfkit.consumer;

import dev.bcfkit.core.Edition;
import dev.bcfkit.core.returns.QuarterlyReturn;
import dev.bcfkit.json.BcfJson;
import dev.bcfkit.json.BcfParseException;
import dev.bcfkit.json.DocumentFormat;
import dev.bcfkit.rules.BcfValidator;
import dev.bcfkit.rules.Finding;
import dev.bcfkit.rules.Report;
import dev.bcfkit.rules.Rule;
import dev.bcfkit.rules.RuleSet;
import dev.bcfkit.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Southend-on-Sea's Q4 2016/17 return on the module path, validates it, and checks what
 * the README says of it: no errors, and the warning that the
 * patient-experience metric is "On track to meet target" at 90 against a target of 91.7
 * ({@code [002]}). It also reads a truncated document and expects the library's own
 * {@link BcfParseException}, and loads the JSON Schemas bcf-json ships. It prints what it found and exits with 0 when every check holds,
 * with 1 (naming each check that failed) when one does not; the build runs it with {@code java
 * --module-path ... --module dev.bcfkit.consumer/dev.bcfkit.consumer.CheckAReturn FILE}.
 */
public final class CheckAReturn {
    private static final String CONTRADICTS_RAG = "METRIC-ASSESSMENT-CONTRADICTS-RAG";
    private static final String AT = "/metrics/3/assessment";

    private CheckAReturn() {
    }

    /**
     * @param args the path of Southend-on-Sea's Q4 2016/17 return
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CheckAReturn RETURN.json");
            System.exit(2);
        }
        List<String> failed = new ArrayList<>();
        onTheModulePath(failed);
        validate(Path.of(args[0]), failed);
        runALocalRule(Path.of(args[0]), failed);
        refuseBrokenInput(failed);
        loadTheSchemas(failed);
        if (failed.isEmpty()) {
            System.out.println("jpms-consumer: every check holds on the module path");
            return;
        }
        failed.forEach(f -> System.err.println("jpms-consumer: FAILED " + f));
        System.exit(1);
    }

    /** The library and its dependencies are named modules here, not the class path. */
    private static void onTheModulePath(List<String> failed) {
        for (Class<?> type : List.of(BcfValidator.class, BcfJson.class, QuarterlyReturn.class)) {
            Module module = type.getModule();
            System.out.println(type.getSimpleName() + " is in module " + module.getName());
            if (!module.isNamed() || module.getDescriptor().isAutomatic()) {
                failed.add(type.getName() + " is not in an explicit module: " + module);
            }
        }
        for (String name : List.of("com.fasterxml.jackson.databind", "org.hibernate.validator", "jakarta.validation")) {
            Optional<Module> module = CheckAReturn.class.getModule().getLayer().findModule(name);
            System.out.println(name + (module.isPresent() ? " resolved" : " missing"));
            if (module.isEmpty()) {
                failed.add(name + " was not resolved as a module");
            }
        }
    }

    private static void validate(Path file, List<String> failed) {
        Object document = BcfJson.strict().readDocument(file);
        if (!(document instanceof QuarterlyReturn q4)) {
            failed.add(file + " is not a quarterly return but " + document.getClass().getName());
            return;
        }
        Report report = BcfValidator.create().validate(q4);
        System.out.println(file.getFileName() + ": " + report.edition() + " " + report.period() + ", "
                + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings");
        for (Finding f : report.findings()) {
            System.out.println("  " + f.severity() + " " + f.ruleId() + " at " + f.path()
                    + (f.severity() == Severity.ERROR ? ": " + f.message() : ""));
        }
        if (report.hasErrors()) {
            failed.add("expected no errors (the shape is judged by Hibernate Validator on the model's fields),"
                    + " found " + report.count(Severity.ERROR));
        }
        boolean warned = report.findingsOf(CONTRADICTS_RAG).stream()
                .anyMatch(f -> f.severity() == Severity.WARNING && f.path().equals(AT));
        if (!warned) {
            failed.add("expected the warning " + CONTRADICTS_RAG + " at " + AT);
        }
    }

    /**
     * A council's own rule, defined in this module, runs in the library's validator: a local rule
     * set's findings carry its name. The rule reports every return, so one finding is expected.
     */
    private static void runALocalRule(Path file, List<String> failed) {
        Rule<QuarterlyReturn> local = Rule.on(QuarterlyReturn.class, "LOCAL-CONSUMER-SEEN").title("Seen by the consumer")
                .severity(Severity.INFO).editions(Edition.QUARTERLY_2016_17).source("jpms-consumer")
                .check((r, context, emit) -> emit.report("/period", "seen in " + context.period()));
        Report report = BcfValidator.builder().addRules(RuleSet.local("consumer", local)).build()
                .validate(BcfJson.strict().read(file, QuarterlyReturn.class));
        List<Finding> seen = report.findingsOf("LOCAL-CONSUMER-SEEN");
        System.out.println("local rule set \"consumer\": " + seen);
        if (seen.size() != 1 || !seen.get(0).ruleSet().equals("consumer")) {
            failed.add("expected one finding of the local rule LOCAL-CONSUMER-SEEN in rule set \"consumer\", found " + seen);
        }
    }

    /** The JSON Schemas are resources of bcf-json, in a package it opens for this. */
    private static void loadTheSchemas(List<String> failed) {
        for (DocumentFormat format : DocumentFormat.values()) {
            try (InputStream in = DocumentFormat.class.getResourceAsStream(format.schemaResource())) {
                if (in == null) {
                    failed.add("the schema " + format.schemaResource() + " cannot be loaded from this module");
                } else {
                    System.out.println(format.schemaFileName() + ": " + in.readAllBytes().length + " bytes");
                }
            } catch (IOException e) {
                failed.add("the schema " + format.schemaResource() + " cannot be read: " + e.getMessage());
            }
        }
    }

    private static void refuseBrokenInput(List<String> failed) {
        byte[] truncated = "{\"format\": \"bcfkit/quarterly-return/1\", \"cover\": {".getBytes(StandardCharsets.UTF_8);
        try {
            BcfJson.strict().readDocument(truncated, "truncated.json");
            failed.add("a truncated document was read without an error");
        } catch (BcfParseException e) {
            System.out.println("truncated.json refused: " + e.getMessage());
        }
    }
}
