/**
 * Reads and writes Better Care Fund quarterly returns as Excel workbooks laid out like the
 * templates ({@code [002:854-1171]}, {@code [000:180-254]}, {@code [004]}); see
 * {@link dev.bcfkit.xlsx.BcfWorkbooks}.
 */
package dev.bcfkit.xlsx;
