/**
 * The continuing-education (继续教育) part of the core (docs/CE.md): reading and tallying the register.
 * The CE rules are ordinary rule packs (src/core/rules/ce2007, src/core/rules/cas); the review of many
 * registers with them is src/core/ceReview.ts.
 *
 *   recogniseCeSheet / readCeRegister / readCeFunds (used by src/core/sheets)
 *   tallyRows(rows, opts) / cachedTally            → per person and year, exact
 *   ceRowsFromPlans(parsed[] | { projects, participants }, opts?) → { rows, skipped }
 *   planRowsToSheetValues(rows)                   → a register sheet's values (header first)
 *   plansToRows(inputs, readFindings, opts)       → approved projects' rows (summaries decide approval)
 *   drawEvaluationSample(units, { seed, year, baseYear }) → this year's ~20% of units
 */
export { recogniseCeSheet, readCeRegister, readCeFunds, type CeSheetMatch } from './read';
export { ceRowsFromPlans, planRowsToSheetValues, defaultIsApproved, PLAN_REGISTER_HEADER, type PlanCeRow, type PlanSkip, type FromPlansOptions } from './fromPlans';
export { plansToRows, PLAN_LOOKED_FOR, type PlanInput, type FromPlansResult, type SkipJson } from './approvals';
export { drawEvaluationSample, cyclePlan, type EvaluationSample, type SampleOptions, type SampleUnit } from './sampling';
export { tallyRows, cachedTally, type PersonYear, type IdConflict, type CeBasis, type TallyOptions } from './tally';
