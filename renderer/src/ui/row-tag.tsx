/**
 * A tag drawn by a style rule in antd's preset colours: an antd Tag in every inbox row, and in
 * the claim view's header, cost more than the rest of what they sat in.
 */
export function RowTag({ color, children }: { readonly color: string; readonly children: string }) {
  return <span className={`row-tag row-tag-${color}`}>{children}</span>;
}
