/** Root of everything the extension shows on a page; cards mount here. */
export function CardLayer() {
  return <div class="clauselens-layer" data-clauselens-ready="true" />;
}
