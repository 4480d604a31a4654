// The Markdown parser Framework 1.13 builds pages with (markdown-it, markdown-it-anchor and
// @sindresorhus/slugify, its own dependencies): the build derives each page's h2 ids with the
// same three, so a speaker note's slide key is the id Framework gives the heading. Only the
// few members the build uses are typed.
declare module "markdown-it" {
  export type Token = {type: string; tag: string; map: [number, number] | null; attrGet(name: string): string | null};
  type MarkdownIt = {
    use(plugin: unknown, options?: unknown): MarkdownIt;
    parse(source: string, env: object): Token[];
    linkify: {set(options: object): void};
  };
  export default function markdownIt(options?: {html?: boolean; linkify?: boolean; typographer?: boolean}): MarkdownIt;
}

declare module "markdown-it-anchor" {
  const anchor: unknown;
  export default anchor;
}
