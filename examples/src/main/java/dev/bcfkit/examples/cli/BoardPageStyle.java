package dev.bcfkit.examples.cli;

/**
 * The {@link BoardReport} page's inline stylesheet: a screen layout, and a print layout for an A4
 * committee paper (portrait, 12mm margins, 10pt type, table headings repeated on each page, a
 * section's heading kept with its first lines, rows and charts not split across pages). Long
 * words in the document's own text, such as an e-mail address as a board's name, wrap anywhere,
 * in headings and paragraphs as in cells (table headings, answers, figures and ratings wrap only
 * between words), so nothing is wider than the printable width of A4, 186mm.
 * The findings table has fixed column widths, so that a rule id wraps at its hyphens rather than a
 * letter to a line; the message and its source share the
 * rest. Colours are printed as shown (RAG and maturity cells carry meaning).
 */
final class BoardPageStyle {
    /** The stylesheet, without the {@code <style>} element. */
    static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 2em; color: #1b1b1b;
                   max-width: 60em; overflow-wrap: anywhere; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 2px solid #005eb8; padding-bottom: 0.2em; }
            h3 { font-size: 1.1em; margin: 1em 0 0.4em; }
            h4 { font-size: 1em; margin: 0.8em 0 0.3em; }
            table { border-collapse: collapse; margin: 0.6em 0; max-width: 100%; }
            th, td { border: 1px solid #b1b4b6; padding: 0.3em 0.6em; text-align: left; vertical-align: top;
                     overflow-wrap: anywhere; }
            thead th { background: #f0f4f5; }
            thead th, td.answer, td.number, td.rag, td.maturity, td.severity, td.date { overflow-wrap: normal; }
            table.findings { table-layout: fixed; width: 100%; }
            table.findings col.severity { width: 6em; }
            table.findings col.rule { width: 9em; }
            table.findings col.where { width: 8.5em; }
            td.rule code { overflow-wrap: break-word; word-break: normal; }
            caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            code { overflow-wrap: anywhere; word-break: break-word; }
            .cell { color: #505a5f; font-size: 0.85em; overflow-wrap: anywhere; }
            .blank { color: #6f777b; font-style: italic; }
            .unit { color: #505a5f; font-size: 0.85em; font-weight: normal; }
            .prose { white-space: pre-line; overflow-wrap: anywhere; }
            dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2em 1em; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            dl.commentary dt { font-weight: bold; margin-top: 0.5em; }
            dl.commentary dd { margin: 0.1em 0 0 1em; overflow-wrap: anywhere; }
            .complete { color: #00703c; font-weight: bold; }
            .incomplete { color: #d4351c; font-weight: bold; }
            tr.sev-error td.severity { background: #d4351c; color: #fff; font-weight: bold; }
            tr.sev-warning td.severity { background: #ffdd00; }
            tr.sev-info td.severity { background: #d2e2f1; }
            tr.condition-not-met th, tr.condition-not-met td { background: #fbe9e6; }
            td.answer-yes, dd.answer-yes { color: #00703c; font-weight: bold; }
            td.answer-no, td.answer-no-in-progress, dd.answer-no { color: #d4351c; font-weight: bold; }
            td.answer-blank, dd.answer-blank { color: #6f777b; font-style: italic; }
            td.rag-green { background: #00703c; color: #fff; font-weight: bold; }
            td.rag-amber { background: #f47738; color: #1b1b1b; font-weight: bold; }
            td.rag-red { background: #d4351c; color: #fff; font-weight: bold; }
            td.rag-none { color: #6f777b; font-style: italic; }
            td.maturity-not-yet-established { background: #f6d7d2; }
            td.maturity-plans-in-place { background: #fff2c2; }
            td.maturity-established { background: #d2e9dc; }
            td.maturity-mature { background: #85c7a3; }
            td.maturity-exemplary { background: #00703c; color: #fff; }
            .charts { display: flex; flex-wrap: wrap; gap: 1.5em; }
            svg.chart { max-width: 100%; height: auto; }
            svg.chart text { font-size: 11px; fill: #1b1b1b; }
            svg.chart .chart-title { font-size: 13px; font-weight: bold; }
            svg.chart line.grid { stroke: #dee0e2; }
            svg.chart line.axis { stroke: #505a5f; }
            svg.chart .series-plan { fill: #4e79a7; }
            svg.chart .series-forecast { fill: #f28e2b; }
            svg.chart .series-actual { fill: #59a14f; }
            footer { margin-top: 2em; color: #505a5f; font-size: 0.85em; overflow-wrap: anywhere; }
            @page { size: A4 portrait; margin: 12mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h1 { font-size: 16pt; }
              h2 { font-size: 13pt; break-after: avoid; page-break-after: avoid; }
              h3, h4, caption { break-after: avoid; page-break-after: avoid; }
              thead { display: table-header-group; }
              tr, svg.chart, .metric-commentary dt { break-inside: avoid; page-break-inside: avoid; }
              table { width: 100%; }
              th, td { padding: 0.2em 0.4em; }
              .charts { gap: 0.5em; }
              svg.chart { width: 49%; }
            }
            """;

    private BoardPageStyle() {
    }
}
