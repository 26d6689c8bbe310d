/**
 * The bcfkit wire format: the strict JSON reader and writer, and a Jackson module for an
 * application's own {@code ObjectMapper}. {@link dev.bcfkit.json.BcfModule} is a Jackson
 * {@code Module}, so Jackson's databind is part of this module's API and required transitively;
 * the model ({@code dev.bcfkit.core}) too. The module registers {@code BcfModule} as a service
 * for {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <p>The JSON Schemas ship as resources under {@code dev/bcfkit/json/schema/} (see
 * {@link dev.bcfkit.json.DocumentFormat#schemaResource()}); that resource package is opened so
 * that a consumer module can load them.
 *
 * @since 0.1
 */
// "opens": dev.bcfkit.json.schema holds only resources (the JSON Schemas), which javac does not
// see and would warn about; the jar has them and the package exists at run time.
@SuppressWarnings("opens")
module dev.bcfkit.json {
    requires transitive dev.bcfkit.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.bcfkit.json;
    opens dev.bcfkit.json.schema;

    provides com.fasterxml.jackson.databind.Module with dev.bcfkit.json.BcfModule;
}
