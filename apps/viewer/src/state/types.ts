import type { Filters } from '../filters/index.js';
import type { SizeBy } from '../style/index.js';

/** Sigma's camera, rounded for the URL. */
export interface CameraSnapshot {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** Everything a copied link must bring back. */
export interface ViewState {
  graph: string | null;
  selected: string | null;
  filters: Filters;
  camera: CameraSnapshot | null;
  sizeBy: SizeBy;
}
