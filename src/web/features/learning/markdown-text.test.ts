import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { MarkdownText } from "./markdown-text.tsx";

const render = (source: string) => renderToStaticMarkup(createElement(MarkdownText, { source }));

describe("module text in Markdown", () => {
  test("headings, emphasis and lists become HTML", () => {
    const html = render("# Welcome\n\n**Bold** and a list:\n\n- one\n- two");
    expect(html).toContain("<h2");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<li>one</li>");
  });

  test("a script, an inline handler or a javascript: link typed by an author never becomes markup", () => {
    const html = render(
      '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1))',
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });
});
