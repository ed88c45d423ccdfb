import { associateFunctions } from "./associateFunctions";

// The functions' script (functions.js), run by taskpane.html right after office.js and before
// the task pane's own script: in the shared runtime Excel sends calls as soon as Office.onReady
// resolves, so every id is associated here, at load, whatever the task pane does later. The
// implementations and the dataset come on the first call.
if (typeof CustomFunctions !== "undefined") {
  associateFunctions(
    (id, fn) => CustomFunctions.associate(id, fn),
    () => import(/* webpackChunkName: "functions-core" */ "./functions").then((m) => m.FUNCTIONS)
  );
}
