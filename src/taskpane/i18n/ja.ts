import { jaCardTexts } from "./jaCardTexts";
import type { Strings } from "./Strings";

/** The task pane's Japanese texts. */
export const ja: Strings = {
  language: "ja",
  appTitle: "IIJ 決算データ",
  previewNotice:
    "プレビュー（Office ホストなし）。表の閲覧、チェックの実行、関数の試用ができます。ブックへの書き込みには Excel が必要です。",
  previewWriteReason: "ブックに書き込む操作です。Excel でアドインを開いてください。",
  tabs: { load: "読み込み", check: "チェック", functions: "関数", settings: "設定" },
  tabListLabel: "作業ウィンドウの表示",
  editions: { en: "英文", ja: "和文", both: "両方" },
  tableKinds: {
    operations: "損益計算書",
    balanceSheet: "貸借対照表",
    cashFlows: "キャッシュ・フロー計算書",
    operatingData: "営業データ（表1～4）",
    nonGaap: "非GAAP指標",
    crossSelling: "クロスセル",
  },
  rules: {
    share: "構成比",
    change: "増減率",
    footing: "合計",
    translation: "米ドル換算",
    reconciliation: "照合",
    edition: "英文と和文",
    claim: "本文の記載",
  },
  severities: { minor: "軽微", major: "重大" },
  roundingModes: { round: "四捨五入", truncate: "切り捨て" },
  load: {
    edition: "版",
    tables: "表",
    loadButton: "ブックに読み込む",
    loading: "読み込み中…",
    chooseTables: "読み込む表を 1 つ以上選んでください。",
    progress: (sheet, done, total) => `${sheet}：${total} 件中 ${done} 件`,
    result: (sheets, major, minor) =>
      `${sheets} シートを読み込みました。指摘：重大 ${major} 件、軽微 ${minor} 件。`,
    renamed: (wanted, actual) =>
      `「${wanted}」という名前のシートが既にあるため、「${actual}」を使いました。`,
    browse: "表を見る",
    browseTable: "表",
    browseLoading: "表を読み込み中…",
    item: "項目",
  },
  check: {
    run: "チェックを実行",
    running: "チェック中…",
    summary: "ルール別の集計",
    rule: "ルール",
    checked: "検査数",
    notCheckable: "検査不能",
    total: "合計",
    filterSeverity: "重要度",
    filterRule: "ルール",
    all: "すべて",
    shown: (shown, total) => `${total} 件中 ${shown} 件を表示`,
    none: "指摘はありません。検査したすべての数値が金額と整合しています。",
    noneMatch: "この条件に合う指摘はありません。",
    findings: "指摘",
    clear: "強調表示を消去",
    cleared: (count) => `強調表示とメモを ${count} 件削除しました。`,
    clearedExcept: (count, sheets) =>
      `強調表示とメモを ${count} 件削除しました。${sheets} では Excel が一部のルールを読み取れなかったため、残っています。もう一度実行するか、リリースを読み込み直してください。`,
    notLocated:
      "この指摘のセルはブックにありません（表が読み込まれていないか、行が削除されています）。リリースを読み込み直してから、もう一度チェックしてください。",
    source: (inExcel) =>
      inExcel
        ? "このブックのアドインのシートを、編集内容も含めてチェックします。"
        : "決算発表の数値そのものをチェックします。",
    nothingLoaded:
      "このブックにはまだ何も読み込まれていません。先に決算発表を読み込んでから、チェックを実行してください。",
    goToLoad: "決算発表を読み込む",
    filterTable: "表",
    filterEdition: "版",
    groupTitle: (title, major, minor) => `${title}：重大 ${major} 件、軽微 ${minor} 件`,
    inEditions: (editions) => editions.join("・"),
    stale: "このチェックの後で設定が変わりました。指摘が最新でない可能性があります。",
    rerun: "もう一度チェック",
    treeHint: (canGoTo) =>
      canGoTo
        ? "矢印キーで指摘を移動し、表を開閉します。Enter キーで数値のセルを選択します。"
        : "矢印キーで指摘を移動し、表を開閉します。",
  },
  selection: {
    heading: "選択範囲をチェック",
    hint: "任意のシートの表（金額・比率・合計）を選択してください。比率と合計の計算方法を推定して検算します。「このシートで強調表示」を選ばない限り、シートには何も書き込みません。",
    check: "選択範囲をチェック",
    checking: "選択範囲を読み込み中…",
    highlight: "このシートで強調表示",
    clear: "選択範囲の強調表示を解除",
    checkFirst: "先に選択範囲をチェックしてください。",
    empty: (sheet) => `${sheet} の選択範囲には値がありません。`,
    notOneArea: "セル範囲を1つ（1領域）だけ選択して、もう一度チェックしてください。",
    tooLarge: (cells, limit) =>
      `選択範囲は ${cells.toLocaleString("ja-JP")} セルです。一度にチェックできるのは ${limit.toLocaleString("ja-JP")} セルまでです。一部を選択してください。`,
    summary: (where, tables, relations, findings, requests) =>
      `${where}：表 ${tables} 件、推定した関係 ${relations} 件、指摘 ${findings} 件（${requests} 回の要求で読み込み）。`,
    relations: "推定した関係",
    unread: "推定できなかった部分（指摘なし）",
    notCheckable: "チェック不能",
    findings: "指摘",
    none: "なし。",
    more: (count) => `…ほか ${count} 件。`,
    goTo: (cell) => `${cell} へ移動`,
    sheetGone: "チェックしたシートはもう存在しません。もう一度選択範囲をチェックしてください。",
    highlighted: (rules, sheet) =>
      `${sheet} に強調表示ルールを ${rules} 件書き込みました。編集しても有効なままです。「選択範囲の強調表示を解除」でこれらだけを削除します。`,
    tooManyRules: (rules, limit) =>
      `この選択範囲の強調表示には条件付き書式ルールが ${rules.toLocaleString("ja-JP")} 件必要です。Excel の動作を保つため、一度に書き込むのは ${limit.toLocaleString("ja-JP")} 件までです。何も書き込んでいません。表の一部を選択してチェックし、強調表示してください。`,
    cleared: (count) =>
      `選択範囲の強調表示ルールを ${count} 件削除しました。ご自身のルールはそのままです。`,
    clearedExcept: (count, sheets) =>
      `選択範囲の強調表示ルールを ${count} 件削除しました。${sheets} の一部のルールは Excel が読み取れなかったため残っています。もう一度お試しください。`,
    rowName: (row, label) => `${row} 行目${label === "" ? "" : `（${label}）`}`,
    columnName: (column, header) => `${column} 列${header === "" ? "" : `（${header}）`}`,
    support: (consistent, checkable) => `${checkable} セル中 ${consistent} セルが整合`,
    shareBase: (base, of, rows) =>
      `${of} 列の ${base} に対する構成比${rows === null ? "" : `（${rows} 行目）`}`,
    shareRelation: (column, bases, support) => `${column} 列：${bases.join("；")}、${support}`,
    changeRelation: (column, prior, current, formula, support) =>
      `${column} 列：${prior} 列から ${current} 列への増減率（${formula}）、${support}`,
    footingRelation: (row, terms, columns, byLabel, support) =>
      `${row}：${columns.join("、")} 列で ${terms} 行目の合計${byLabel ? "（ラベルにより合計とみなす）" : ""}、${support}`,
    notUnderstood: (what, why) => `${what} は推定できませんでした：${why}`,
    noSource: "100 を示す行がなく、金額の列も 2 列未満です",
    rejectedHypothesis: (hypothesis, rejection) => `最も有力な仮説「${hypothesis}」は${rejection}`,
    shareHypothesis: (of, bases) => `${of} 列の ${bases.join("、")} 行目に対する構成比`,
    changeHypothesis: (prior, current) => `${prior} 列から ${current} 列への増減率`,
    totalRejected: (rejection) =>
      `合計のラベルがありますが、${rejection ?? "上の行のどの範囲を足しても一致しません"}`,
    fewCells: (consistent, checkable, minimum) =>
      `${checkable} セル中 ${consistent} セルしか説明できず、最低の ${minimum} セルに届きません`,
    underTwoThirds: (consistent, checkable) =>
      `${checkable} セル中 ${consistent} セルしか説明できず、3 分の 2 に届きません`,
    tied: (consistent, checkable) =>
      `${checkable} セル中 ${consistent} セルを説明しますが、別の仮説も同数を説明します`,
    cellEmpty: (cell) => `${cell} が空白です`,
    notAFigure: (cell, text) => `${cell} の「${text}」は数値ではありません`,
    nilDash: (cell) => `${cell} はダッシュ（該当なし）です`,
    zeroDenominator: "分母が 0 の可能性があります",
    overflow: "数値が大きすぎて計算できません",
    failed: (m) =>
      `Excel で完了できませんでした：${m} 値は変更していません。表を選択してもう一度お試しください（書き込み済みのルールは「選択範囲の強調表示を解除」で削除できます）。`,
  },
  functions: {
    reference: "IIJ 関数",
    example: "例",
    insert: (name) => `${name} の例を挿入`,
    inserted: (formula) => `選択したセルに ${formula} を挿入しました。`,
    playground: "数式を試す",
    formula: "数式",
    evaluate: "計算",
    result: "結果",
    loading: "関数を読み込み中…",
    tryExample: (name) => `${name} の例を試す`,
    readAs: (formula) => `${formula} として読み取りました`,
    spilled: (rows, columns) => `${rows} 行 × ${columns} 列`,
    resultOf: (formula) => `${formula} の結果`,
    suggestions: "項目名の候補",
    unknownFunction: (name, names) => `#NAME? IIJ.${name} という関数はありません。関数：${names}。`,
    problems: {
      notACall: () => '=IIJ.EBITDA("4Q02") のような関数の呼び出しを入力してください。',
      cellReference: (p) =>
        `IIJ.${p.name} の引数 ${p.argument}（${p.reference}）はセル参照です。この試用欄にはセルがありません（Excel の数式ではセルを参照できます）。値そのもの（数値、または半角の二重引用符 " で囲んだ文字列）を入力してください。`,
      otherQuotes: (p) =>
        `IIJ.${p.name} の引数 ${p.argument} が一重引用符か「」で囲まれています。Excel の文字列は半角の二重引用符で囲みます："${p.text}"`,
      unquotedText: (p) =>
        `IIJ.${p.name} の引数 ${p.argument}（${p.text}）を文字列にするには、半角の二重引用符で囲んでください："${p.text}"`,
      unclosedText: (p) =>
        `IIJ.${p.name} の引数 ${p.argument} の文字列に、閉じる二重引用符（"）がありません。`,
      notALiteral: (p) =>
        `IIJ.${p.name} の引数 ${p.argument} が、二重引用符で囲んだ文字列・数値・TRUE・FALSE のいずれでもありません。この試用欄では演算子や他の関数は計算しません。`,
      expectedSeparator: (p) =>
        `IIJ.${p.name} の引数 ${p.argument} の後には、次の引数なら「,」、終わりなら「)」を入力してください。`,
      unclosedCall: (p) =>
        `IIJ.${p.name} の呼び出しが閉じていません。最後に「)」を入力してください。`,
      leftover: (p) => `閉じ括弧「)」の後に余分な文字があります：${p.text}`,
    },
  },
  settings: {
    rounding: "金額の端数処理",
    highlightMinor: "軽微な指摘も強調表示する",
    highlightMinorHint:
      "Excel 内の強調表示に、次の読み込みまたはチェックから適用されます。重大な指摘は常に強調表示されます。",
    language: "表示言語",
    storedIn: (inExcel) =>
      inExcel ? "設定はこのブックに保存されます。" : "設定はこのブラウザーに保存されます。",
  },
  features: {
    title: "一部の機能はオフになっています",
    names: {
      load: "決算短信の読み込み",
      rowStyles: "合計の太字・罫線・字下げ",
      highlights: "指摘された数値の強調表示",
      notes: "指摘されたセルのメモ",
      comments: "指摘されたセルのコメント",
      hyperlinks: "Checks シートからのリンク",
      suspendCalculation: "書き込み中の再計算の停止",
    },
    off: (name, version) =>
      `${name}：ExcelApi ${version} が必要ですが、この Excel は対応していません。Excel を更新すると使えます。その他の機能は使えます。`,
  },
  errors: {
    title: "エラーが発生しました",
    load: (m) =>
      `読み込みに失敗しました：${m} ブックが保護されていないことを確認して、もう一度お試しください。`,
    check: (m) =>
      `チェックに失敗しました：${m} 表を読み込み直してから、チェックを実行してください。`,
    clear: (m) =>
      `強調表示の消去に失敗しました：${m} もう一度お試しいただくか、シートを削除して読み込み直してください。`,
    goTo: (m) => `セルを選択できませんでした：${m} 表を読み込み直してから、チェックしてください。`,
    insert: (m) =>
      `数式を挿入できませんでした：${m} セルを 1 つ選んでから、もう一度お試しください。`,
    module: (m) =>
      `作業ウィンドウの一部を読み込めませんでした：${m} 作業ウィンドウを再読み込みしてください。`,
    settings: (m) => `設定を保存できませんでした：${m} 作業ウィンドウを閉じるまでは有効です。`,
    kinds: {
      protected: "ブックの構成が保護されています（［校閲］>［ブックの保護］）。",
      sheetLimit: "Excel にこれ以上シートを追加できませんでした（メモリまたはシート数の上限）。",
      connection: "Excel との接続が切れました。お使いの内容は変更されていません。",
      unsupported: "この Excel には、この操作に必要な機能がありません。",
      notLoaded: "このブックにはまだ決算発表が読み込まれていません。",
      noSelection: "セルが選択されていません。",
      unknownSheet: "そのシートはもうありません。",
      payloadTooLarge:
        "要求が大きすぎるため Excel に拒否されました。お使いのシートは変更されていません。読み込む表を減らすか、軽微な強調表示をオフにしてから、もう一度お試しください。",
      failed: "Excel が変更を受け付けませんでした。",
    },
    dismiss: "閉じる",
  },
  ...jaCardTexts,
};
