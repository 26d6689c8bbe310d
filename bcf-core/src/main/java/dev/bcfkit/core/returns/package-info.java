/**
 * The quarterly return: cover, s.75 budget arrangements, national conditions, income and
 * expenditure, metrics, year-end feedback, additional measures, the High Impact Change Model,
 * narrative and the additional iBCF section ({@code [002]}, {@code [000:180-254]}, {@code [004]}).
 */
package dev.bcfkit.core.returns;
