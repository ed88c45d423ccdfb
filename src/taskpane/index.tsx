import { bootstrap } from "./bootstrap";

void bootstrap(document.getElementById("container") ?? document.body, window);
