import type { View } from './evidence-tools.tsx';

/** The inner size of the evidence's scrolling area, in CSS pixels. */
export interface Room {
  readonly width: number;
  readonly height: number;
}

/** Pixels a point at 100 %: an A4 page at about the size it has on paper. */
export const pixelsPerPoint = 1.25;
/** The page's frame and the gap under it, kept free when fitting. */
const pageMargin = 12;

/** The scale (1 = 100 %) that fits a page of this size into the room, or the one chosen. */
export function scaleFor(
  view: Pick<View, 'fit' | 'scale'>,
  page: { readonly width: number; readonly height: number },
  room: Room,
): number {
  const byWidth = (room.width - pageMargin) / (page.width * pixelsPerPoint);
  const byHeight = (room.height - pageMargin) / (page.height * pixelsPerPoint);
  if (view.fit === 'width') return Math.max(0.1, byWidth);
  if (view.fit === 'page') return Math.max(0.1, Math.min(byWidth, byHeight));
  return view.scale;
}
