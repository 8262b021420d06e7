// Number formats for headline figures, slider values and tables.

/** A fraction as a percentage: 0.0534 -> "5.3%", 0.62 -> "62%". */
function formatPercent(fraction) {
  if (fraction === null || !Number.isFinite(fraction)) return 'n/a';
  const pct = fraction * 100;
  const digits = Math.abs(pct) < 10 && Math.round(pct * 10) % 10 !== 0 ? 1 : 0;
  return `${pct.toFixed(digits)}%`;
}

/** A year, or a phrase for "not within the horizon". */
function formatYear(year, lastYear) {
  return year === null ? `not by ${lastYear}` : String(year);
}

/** An input value with its unit, as a slider announces it: "$500B per year", "15% a year". */
function formatInput(spec, value) {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  switch (spec.unit) {
    case '$B/yr': return `${money(value)} per year`;
    case '%/yr': return `${text}% a year`;
    case '%': return `${text}%`;
    case 'years': return `${text} ${value === 1 ? 'year' : 'years'}`;
    default: return text;
  }
}

/** How each summary key is shown. */
const SUMMARY_FORMATS = {
  required_revenue: 'money', revenue: 'money', gap: 'money', sequoia_required: 'money',
  ratio_required: 'money', npv: 'money', npv_with_funding: 'money', terminal_value: 'money',
  coverage: 'percent', growth_needed: 'percent', irr: 'percent', organic_share: 'percent',
  round_trip_share: 'percent', shock_drop: 'percent',
  break_even_year: 'year', payback_year: 'year', payback_year_with_funding: 'year',
};

/** A summary value as text. */
function formatSummary(key, value, lastYear) {
  switch (SUMMARY_FORMATS[key]) {
    case 'money': return money(value);
    case 'percent': return formatPercent(value);
    case 'year': return formatYear(value, lastYear);
    default: return String(value);
  }
}
