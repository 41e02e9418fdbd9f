/**
 * A module's Markdown as HTML. react-markdown builds React elements from the syntax tree; raw HTML is dropped
 * (`skipHtml`), so a `<script>` typed by an author never reaches the page; its default URL filter drops `javascript:` links.
 */
import Markdown from "react-markdown";

export function MarkdownText({ source }: { source: string }) {
  return (
    <div dir="auto" className="markdown-text flex flex-col gap-3 leading-relaxed text-slate-800">
      <Markdown
        skipHtml
        components={{
          a: ({ node: _node, ...props }) => (
            <a {...props} className="text-brand-700 underline" target="_blank" rel="noopener noreferrer" />
          ),
          h1: ({ node: _node, ...props }) => <h2 {...props} className="text-xl font-semibold" />,
          h2: ({ node: _node, ...props }) => <h3 {...props} className="text-lg font-semibold" />,
          h3: ({ node: _node, ...props }) => <h4 {...props} className="font-semibold" />,
          ul: ({ node: _node, ...props }) => <ul {...props} className="list-disc ps-6" />,
          ol: ({ node: _node, ...props }) => <ol {...props} className="list-decimal ps-6" />,
          blockquote: ({ node: _node, ...props }) => (
            <blockquote {...props} className="border-s-4 border-slate-300 ps-3 text-slate-600" />
          ),
        }}
      >
        {source}
      </Markdown>
    </div>
  );
}
