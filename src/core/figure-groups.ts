// Figures of different outlets that report the same quantity.
import type { Figure, FigureGroup } from './types';

/** A figure with the article it comes from. */
export interface PlacedFigure {
  articleId: string;
  figure: Figure;
}

/** Groups the figures of one story that report the same quantity, flagging disagreement. */
export function groupFigures(_figures: readonly PlacedFigure[]): FigureGroup[] {
  return [];
}
