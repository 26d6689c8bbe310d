/**
 * Excel workbooks for bcfkit: {@link dev.bcfkit.xlsx.BcfWorkbooks} reads a quarterly return laid
 * out like its edition's template (the sheets, labels and columns the papers render,
 * {@code [002:854-2613]}, {@code [000:180-254]}, {@code [004]}) and writes one back. Apache POI
 * reads and writes the files; it stays inside this module: no POI type is in the API. The read
 * failures are {@link dev.bcfkit.json.BcfParseException}s, the library's one parse-failure type,
 * so this module requires {@code dev.bcfkit.json} for that type only.
 *
 * @since 0.1
 */
module dev.bcfkit.xlsx {
    requires transitive dev.bcfkit.core;
    requires transitive dev.bcfkit.json;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires java.xml;

    exports dev.bcfkit.xlsx;
}
