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
  /** What the stance means for the account, for legends. */
  meaning: string;
}

export const STANCE_LOOKS: Record<Stance, StanceLook> = {
  advocate: { stance: 'advocate', symbol: '++', fill: '#d3f2dc', stroke: '#1e7b3a', meaning: 'argues for us' },
  supporter: { stance: 'supporter', symbol: '+', fill: '#e3f1fb', stroke: '#1f6aa5', meaning: 'backs us when asked' },
  neutral: { stance: 'neutral', symbol: '=', fill: '#eeeeee', stroke: '#666666', meaning: 'no view either way' },
  detractor: { stance: 'detractor', symbol: '--', fill: '#fbe0dd', stroke: '#b3261e', meaning: 'pushes against us: win them over' },
  unknown: { stance: 'unknown', symbol: '?', fill: '#fff4cc', stroke: '#8a6d00', meaning: 'not known yet: find out' },
};

export const STANCE_ORDER: readonly Stance[] = STANCES;

export function stanceLook(stance: Stance | undefined): StanceLook {
  return STANCE_LOOKS[stance ?? 'unknown'];
}

/** "++ advocate, + supporter, = neutral, -- detractor, ? unknown" */
export function legendLine(): string {
  return STANCE_ORDER.map((s) => `${STANCE_LOOKS[s].symbol} ${s}`).join('   ');
}
