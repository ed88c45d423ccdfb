/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { ChoiceInput } from "../../../src/taskpane/components/ChoiceInput/ChoiceInput";

function Editions(props: { readonly onChange: (edition: string) => void }): React.JSX.Element {
  const [edition, setEdition] = React.useState("en");
  return (
    <fieldset>
      <legend>Edition</legend>
      {["en", "ja"].map((e) => (
        <ChoiceInput
          key={e}
          kind="radio"
          name="edition"
          label={e === "en" ? "English" : "Japanese"}
          checked={edition === e}
          onChange={() => {
            setEdition(e);
            props.onChange(e);
          }}
        />
      ))}
    </fieldset>
  );
}

describe("ChoiceInput", () => {
  it("is a checkbox named by its label that reports the new state", async () => {
    const user = userEvent.setup();
    const changes: boolean[] = [];
    render(
      <ChoiceInput
        kind="checkbox"
        label="Balance sheet"
        checked
        onChange={(c) => changes.push(c)}
      />
    );
    const box = screen.getByRole("checkbox", { name: "Balance sheet" });
    expect(box.matches(":checked")).toBe(true);
    await user.click(screen.getByText("Balance sheet"));
    expect(changes).toEqual([false]);
  });

  it("groups radio buttons by name: choosing one clears the others", async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    render(<Editions onChange={(e) => chosen.push(e)} />);
    expect(screen.getByRole("group", { name: "Edition" })).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "Japanese" }));
    expect(screen.getByRole("radio", { name: "Japanese" }).matches(":checked")).toBe(true);
    expect(screen.getByRole("radio", { name: "English" }).matches(":checked")).toBe(false);
    expect(chosen).toEqual(["ja"]);
  });
});
