import {
  FluentProvider,
  Text,
  Title2,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

/** The product's name as the task pane shows it. */
const PRODUCT_NAME = "IIJ Statements for Excel";

/** Office's theme when its body background is dark, else the light theme. */
function themeFor(office: typeof Office | undefined): Theme {
  const background = office?.context?.officeTheme?.bodyBackgroundColor ?? "#ffffff";
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (rgb === null) return webLightTheme;
  const [r, g, b] = rgb.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}

/** Placeholder pane: the product's name, and whether an Office host is present. */
function render(office: typeof Office | undefined, inOffice: boolean): void {
  const container = document.getElementById("container");
  if (container === null) return;
  createRoot(container).render(
    <FluentProvider theme={inOffice ? themeFor(office) : webLightTheme} style={{ padding: 16 }}>
      <Title2 as="h1" block>
        {PRODUCT_NAME}
      </Title2>
      <Text block>{inOffice ? "Excel" : "Preview (no Office host)"}</Text>
    </FluentProvider>
  );
}

const office = typeof Office === "undefined" ? undefined : Office;
if (office === undefined) {
  render(undefined, false);
} else {
  void office.onReady((info) => render(office, info.host !== null && info.host !== undefined));
}
