/**
 * Builds the add-in into dist/: taskpane.html (+ its bundle), functions.js, functions.json (from
 * the functions' JSDoc; errors fail the build), functions.ja.json and functions-reference(.ja).html
 * (from the function catalogue; every helpUrl points at the reference page), manifest.xml (production URLs in production),
 * assets/, and — when office.js is served locally — a copy of office.js under office-js/.
 *
 * Environment: ADDIN_PRODUCTION_URL (default https://iij-statements.example.com/),
 * OFFICE_JS=local|cdn (default: local in development, cdn in production).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CustomFunctionsMetadataPlugin } = require("./scripts/customFunctionsMetadataPlugin");
const { FunctionReferencePlugin } = require("./scripts/functionReferencePlugin");
const { httpsOptions } = require("./scripts/devCerts");
const {
  officeJsMode,
  DEV_URL,
  officeJsSource,
  offlineOfficeJs,
  productionManifest,
  productionUrl,
} = require("./scripts/buildOptions");

/** The office.js files the local copy needs: the loader, its host scripts for Excel, strings. */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "en-us/*.js",
  "ja-jp/*.js",
];

function config(env, argv) {
  const mode = argv.mode === "development" ? "development" : "production";
  const production = mode === "production";
  const officeJs = officeJsMode(process.env, mode);
  const officeJsDir = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist"
  );
  return {
    mode,
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // functions.js: associates every IIJ.* id at page load; the implementations are a chunk
      // fetched on the first call.
      functions: "./src/functions/registerFunctions.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      // Browsers the add-in supports all have globalThis; without this webpack falls back to
      // `new Function("return this")`, which the Content-Security-Policy forbids.
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          // Our makeStyles (only in *.styles.ts files) are compiled at build time, after ts-loader,
          // as Fluent UI ships its own: the first view computes no style at run time and the
          // bundle carries no style compiler (stylis, rtl-css-js).
          test: /\.styles\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "@griffel/webpack-loader",
            options: {
              modules: [
                {
                  moduleSource: "@fluentui/react-components",
                  importName: "makeStyles",
                  resetImportName: "makeResetStyles",
                },
              ],
            },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(__dirname, "tsconfig.json"),
              // Types are checked by `npm run typecheck`; the bundle only needs JavaScript.
              transpileOnly: true,
              compilerOptions: { module: "es2020", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // The function reference pages and functions.ja.json, from the catalogue.
      new FunctionReferencePlugin({ base: production ? productionUrl(process.env) : DEV_URL }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page is also where the functions run. The template loads
        // functions.js itself, as a classic script right after office.js, so the functions are
        // associated before Office.onReady can resolve (Excel sends calls from then on); the
        // task pane's own script is deferred as usual.
        chunks: ["taskpane"],
        templateParameters: {
          officeJsSrc: officeJsSource(officeJs),
          officeJsMode: officeJs,
          functionsSrc: "functions.js",
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? productionManifest(content, productionUrl(process.env)) : content;
            },
          },
          ...(officeJs === "local"
            ? [
                {
                  from: `{${OFFICE_JS_FILES.join(",")}}`,
                  context: officeJsDir,
                  to: "office-js/",
                  transform: (content) => offlineOfficeJs(content),
                  // Microsoft ships these minified; minimizing them again only costs time.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      client: { overlay: { warnings: false } },
      static: false,
    },
  };
}

module.exports = (env, argv) => {
  const base = config(env, argv);
  if (!(env && env.WEBPACK_SERVE)) return base;
  return httpsOptions().then((options) => {
    base.devServer.server = { type: "https", options };
    return base;
  });
};
