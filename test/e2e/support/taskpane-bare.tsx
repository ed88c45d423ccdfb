import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";

// The benchmark's baseline: one Fluent Button in a FluentProvider, marked interactive the same
// way the task pane marks its first view.
function Bare(): React.JSX.Element {
  React.useEffect(() => {
    performance.mark("taskpane-interactive");
    document.documentElement.setAttribute("data-interactive", "true");
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Button</Button>
    </FluentProvider>
  );
}

const container =
  document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(<Bare />);
