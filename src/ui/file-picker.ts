// A file picker in the reader's language: the browser's own file input says "Choose File" / "No
// file chosen" in the browser's language, so it is hidden behind a labelled button and a status
// line of twin spans (the stylesheet shows the reader's). Its value is the picked File, or null.
import {inputLabel} from "./bilingual.js";

export type FilePicker = HTMLFormElement & {value: File | null};

export function filePicker({label, accept}: {label: [zh: string, en: string]; accept: string}): FilePicker {
  const form = document.createElement("form") as FilePicker;
  form.className = "deck-file-picker";
  form.addEventListener("submit", (event) => event.preventDefault());
  const input = document.createElement("input");
  input.type = "file";
  input.accept = accept;
  input.className = "deck-file-input";
  const button = document.createElement("label");
  button.className = "deck-button deck-file-button";
  button.append(inputLabel(`选择${label[0]}`, `Choose ${label[1][0].toLowerCase()}${label[1].slice(1)}`), input);
  const status = document.createElement("span");
  status.className = "deck-file-status";
  status.setAttribute("aria-live", "polite");
  const none = inputLabel("未选择文件", "No file chosen");
  status.append(none);
  form.append(button, status);
  Object.defineProperty(form, "value", {get: () => input.files?.[0] ?? null, set: () => {}});
  input.addEventListener("input", (event) => event.stopPropagation());
  input.addEventListener("change", (event) => {
    event.stopPropagation();
    const file = input.files?.[0];
    status.replaceChildren(file ? document.createTextNode(file.name) : inputLabel("未选择文件", "No file chosen"));
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  return form;
}
