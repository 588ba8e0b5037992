// opencc-js publishes its dictionaries as modules without type declarations:
// each default export is a string "FROM TO|FROM TO|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
