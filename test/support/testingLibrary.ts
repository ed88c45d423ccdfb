import { configure } from "@testing-library/dom";

// The views are React.lazy chunks: under ts-jest the first test that opens one compiles the
// view's whole module graph, which took over Testing Library's default 1 s on a loaded 2-core
// CI machine. findBy* and waitFor still fail, only later.
configure({ asyncUtilTimeout: 10_000 });
