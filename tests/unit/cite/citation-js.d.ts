// The citation parsers used to read our BibTeX and RIS back ship no types.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Array<Record<string, unknown>>;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
