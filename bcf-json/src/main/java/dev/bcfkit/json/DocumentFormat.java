package dev.bcfkit.json;

import dev.bcfkit.core.BcfDocument;
import dev.bcfkit.core.funding.PooledBudget;
import dev.bcfkit.core.outcomes.LocalOutcomeTable;
import dev.bcfkit.core.plan.Plan;
import dev.bcfkit.core.plan.PolicyFrameworkPlan;
import dev.bcfkit.core.returns.QuarterlyReturn;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of document the wire format carries, each with its format version. Every document
 * names itself in its first property, {@code "format": "bcfkit/quarterly-return/1"}, so that a
 * file says what it is and a reader can refuse, clearly, a kind or a version it does not know.
 * The version changes only when a document of the new version could not be read correctly by a
 * reader of the old one.
 */
public enum DocumentFormat {
    /** A quarterly return, {@code "bcfkit/quarterly-return/1"} ({@code [002:854]}, {@code [000:180]}, {@code [004]}). */
    QUARTERLY_RETURN("quarterly-return", 1, QuarterlyReturn.class, "a quarterly return"),
    /** A plan, 2014 planning template Part 1, {@code "bcfkit/plan/1"} ({@code [003]}). */
    PLAN("plan", 1, Plan.class, "a plan"),
    /** A 2017-19 pooled budget, {@code "bcfkit/pooled-budget/1"} ({@code [002:395-517]}). */
    POOLED_BUDGET("pooled-budget", 1, PooledBudget.class, "a pooled budget"),
    /** A local outcome table, {@code "bcfkit/local-outcome-table/1"} ({@code [001:35-41]}). */
    LOCAL_OUTCOME_TABLE("local-outcome-table", 1, LocalOutcomeTable.class, "a local outcome table"),
    /**
     * A 2017-19 plan under the Integration and BCF Policy Framework, {@code "bcfkit/plan-2017-19/1"}
     * ({@code [002:395-517]}, {@code [002:667-688]}).
     */
    PLAN_2017_19("plan-2017-19", 1, PolicyFrameworkPlan.class, "a 2017-19 plan");

    /** The property that names a document's format. */
    public static final String PROPERTY = "format";
    /** The prefix of every format name. */
    public static final String PREFIX = "bcfkit/";

    private final String kind;
    private final int version;
    private final Class<? extends BcfDocument> documentType;
    private final String description;

    DocumentFormat(String kind, int version, Class<? extends BcfDocument> documentType, String description) {
        this.kind = kind;
        this.version = version;
        this.documentType = documentType;
        this.description = description;
    }

    /** @return the format name written in documents, such as {@code bcfkit/quarterly-return/1} */
    public String id() {
        return PREFIX + kind + "/" + version;
    }

    /** @return the kind part of the name, such as {@code quarterly-return} */
    public String kind() {
        return kind;
    }

    /** @return the version this library reads and writes */
    public int version() {
        return version;
    }

    /** @return the model type of the document, such as {@code QuarterlyReturn} */
    public Class<? extends BcfDocument> documentType() {
        return documentType;
    }

    /** @return the class-path resource of the document's JSON Schema (draft 2020-12) in this jar */
    public String schemaResource() {
        return "/dev/bcfkit/json/schema/" + schemaFileName();
    }

    /** @return the schema's file name, such as {@code quarterly-return.schema.json} */
    public String schemaFileName() {
        return kind + ".schema.json";
    }

    /** @return a plain-English name with its article, such as "a quarterly return" */
    String description() {
        return description;
    }

    /**
     * @param type a model type
     * @return the format of documents of that type, if it is a document type
     */
    public static Optional<DocumentFormat> forType(Class<?> type) {
        return Arrays.stream(values()).filter(f -> f.documentType == type).findFirst();
    }

    /**
     * @param kind the kind part of a format name, such as {@code plan}
     * @return the format of that kind, if the library knows it
     */
    static Optional<DocumentFormat> forKind(String kind) {
        return Arrays.stream(values()).filter(f -> f.kind.equals(kind)).findFirst();
    }

    /** @return every known format name, for messages */
    static String known() {
        return Arrays.stream(values()).map(f -> "\"" + f.id() + "\"").collect(Collectors.joining(", "));
    }
}
