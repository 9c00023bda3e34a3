/**
 * A deliberately naive reference for the property tests: the SPEC §3
 * formulas as a month-by-month loop over reduced fractions, sharing no code
 * with src/economics (which uses closed forms and guided searches).
 */
class Fraction {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d = 1n) {
    if (d === 0n) throw new Error('zero denominator');
    const negative = (n < 0n) !== (d < 0n);
    let a = n < 0n ? -n : n;
    let b = d < 0n ? -d : d;
    let x = a;
    let y = b;
    while (y) [x, y] = [y, x % y];
    if (x > 1n) {
      a /= x;
      b /= x;
    }
    this.n = negative ? -a : a;
    this.d = b;
  }

  static of(value: number): Fraction {
    // Via toPrecision-free splitting of the printed decimal, e.g. "1.25e-7".
    const [mantissa = '0', exponent = '0'] = String(value).toLowerCase().split('e');
    const [whole = '0', fraction = ''] = mantissa.split('.');
    const digits = BigInt(`${whole}${fraction}`.replace('-', '') || '0') * (mantissa.startsWith('-') ? -1n : 1n);
    const shift = Number(exponent) - fraction.length;
    return shift >= 0 ? new Fraction(digits * 10n ** BigInt(shift)) : new Fraction(digits, 10n ** BigInt(-shift));
  }

  plus(o: Fraction): Fraction { return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d); }
  minus(o: Fraction): Fraction { return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d); }
  times(o: Fraction): Fraction { return new Fraction(this.n * o.n, this.d * o.d); }
  over(o: Fraction): Fraction { return new Fraction(this.n * o.d, this.d * o.n); }
  atLeast(o: Fraction): boolean { return this.n * o.d >= o.n * this.d; }

  /** Half away from zero, to `places` decimals. */
  rounded(places: number): number {
    const scaled = this.times(new Fraction(10n ** BigInt(places)));
    const magnitude = scaled.n < 0n ? -scaled.n : scaled.n;
    const units = (2n * magnitude + scaled.d) / (2n * scaled.d);
    const value = Number(units) / 10 ** places;
    return value === 0 ? 0 : scaled.n < 0n ? -value : value;
  }
}

export interface ReferenceInput {
  acquisitionCost: number;
  monthlyRevenue: number;
  grossMargin: number;
  supportCostMonthly: number;
  monthlyExpansion: number;
  monthlyChurn: number;
  termMonths: number;
  horizon: number;
}

export interface ReferenceResult {
  breakEvenMonth: number | null;
  breakEvenMonths: number | null;
  expectedBreakEvenMonth: number | null;
  survivalAtBreakEven: number | null;
  roi: number | null;
}

export function referenceBreakEven(input: ReferenceInput): ReferenceResult {
  const outlay = Fraction.of(input.acquisitionCost);
  const support = Fraction.of(input.supportCostMonthly);
  const margin = Fraction.of(input.grossMargin);
  const growth = new Fraction(1n).plus(Fraction.of(input.monthlyExpansion));
  const retention = new Fraction(1n).minus(Fraction.of(input.monthlyChurn));
  let revenue = Fraction.of(input.monthlyRevenue);
  let survival = new Fraction(1n);
  let cumulative = new Fraction(0n);
  let expected = new Fraction(0n);
  let cumulativeAtTerm = new Fraction(0n);
  let month: number | null = outlay.n === 0n ? 0 : null;
  let months: Fraction | null = month === 0 ? new Fraction(0n) : null;
  let survivalAtMonth: Fraction | null = month === 0 ? new Fraction(1n) : null;
  let expectedMonth: number | null = month;
  for (let k = 1; k <= Math.max(input.horizon, input.termMonths); k += 1) {
    const contribution = revenue.times(margin).minus(support);
    const before = cumulative;
    cumulative = cumulative.plus(contribution);
    expected = expected.plus(survival.times(contribution));
    if (k <= input.horizon && month === null && cumulative.atLeast(outlay)) {
      month = k;
      months = new Fraction(BigInt(k - 1)).plus(outlay.minus(before).over(contribution));
      survivalAtMonth = survival;
    }
    if (k <= input.horizon && expectedMonth === null && expected.atLeast(outlay)) expectedMonth = k;
    if (k === input.termMonths) cumulativeAtTerm = cumulative;
    revenue = revenue.times(growth);
    survival = survival.times(retention);
  }
  return {
    breakEvenMonth: month,
    breakEvenMonths: months ? months.rounded(2) : null,
    expectedBreakEvenMonth: expectedMonth,
    survivalAtBreakEven: survivalAtMonth ? survivalAtMonth.rounded(6) : null,
    roi: outlay.n === 0n ? null : cumulativeAtTerm.minus(outlay).over(outlay).rounded(4),
  };
}
