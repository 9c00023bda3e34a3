import type { Stance } from '../plan/vocabulary.js';
import { STANCES } from '../plan/vocabulary.js';

/*
 * How each stance looks in every view. The symbol carries the meaning on its own
 * (a printout, a colour-blind reader, NO_COLOR), the colour only reinforces it:
 * a scale from "++" to "--" reads without a legend, and every view prints one anyway.
 */
export interface StanceLook {
  stance: Stance;
  symbol: string;
  /** Fill for graph nodes and badges: light, so dark text stays readable. */
  fill: string;
  /** Border and text accent. */
  stroke: string;
}

export const STANCE_LOOKS: Record<Stance, StanceLook> = {
  advocate: { stance: 'advocate', symbol: '++', fill: '#d3f2dc', stroke: '#1e7b3a' },
  supporter: { stance: 'supporter', symbol: '+', fill: '#e3f1fb', stroke: '#1f6aa5' },
  neutral: { stance: 'neutral', symbol: '=', fill: '#eeeeee', stroke: '#666666' },
  detractor: { stance: 'detractor', symbol: '--', fill: '#fbe0dd', stroke: '#b3261e' },
  unknown: { stance: 'unknown', symbol: '?', fill: '#fff4cc', stroke: '#8a6d00' },
};

export const STANCE_ORDER: readonly Stance[] = STANCES;

export function stanceLook(stance: Stance | undefined): StanceLook {
  return STANCE_LOOKS[stance ?? 'unknown'];
}

/** "++ advocate, + supporter, = neutral, -- detractor, ? unknown" */
export function legendLine(): string {
  return STANCE_ORDER.map((s) => `${STANCE_LOOKS[s].symbol} ${s}`).join('   ');
}
