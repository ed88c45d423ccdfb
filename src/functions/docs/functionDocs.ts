/**
 * What the build and `npm run functions` render from the catalogue, compiled to lib/ on its own
 * (scripts/compileToLib.js) so that node scripts and the webpack build can call it.
 */
export { FUNCTION_CATALOGUE } from "../catalogue/functionCatalogue";
export { FUNCTION_IDS } from "../functionIds";
export { helpUrl, REFERENCE_PAGES } from "./referencePages";
export { renderFunctionsSource } from "./renderFunctionsSource";
export { renderReadmeTable, replaceReadmeTable } from "./renderReadmeTable";
export { renderReferencePage } from "./renderReferencePage";
export { localizeMetadata } from "./localizeMetadata";
