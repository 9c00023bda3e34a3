/** Everything a view needs besides the entries. */
export interface ViewOptions {
  /** Months searched for break-even, to say "not within 120 months". */
  horizon: number;
  /** Width the terminal chart may use (80, or the terminal's columns). */
  width: number;
}
