import { dataset } from "../data";
import { runFigure } from "./runFigure";

process.exitCode = runFigure(dataset, process.argv.slice(2), console.log, console.error);
