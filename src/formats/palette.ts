/** The charts' series colours, first the KPI's line; the target line is dashed red (#c62828), as a missed KPI in the table.
 * Apart from charts.ts so the PDF, which draws its charts itself, does not load ECharts (issue 22). */
export const PALETTE = ['#2f5fb3', '#e08a00', '#3a9a4a', '#8e44ad', '#6d6d6d', '#16a085'];
