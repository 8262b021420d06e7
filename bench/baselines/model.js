// The model's gap part (v2: chips and buildings apart), ported to plain JS for the
// baselines (bench/page.mjs checks it against the Rust CLI before measuring). Rates in
// percent, money in $B/yr.
const BASE_DEFAULTS = {
  start: 2026, years: 10, capex: 500, capex_growth: 15, history_growth: 30, life: 5, wacc: 10,
  short_share: 65, building_life: 20, energy: 50, opex: 3, revenue: 55, revenue_growth: 40,
  margin: 50,
};

function baselineModel(inputs) {
  const i = { ...BASE_DEFAULTS, ...inputs };
  const g = i.capex_growth / 100;
  const h = i.history_growth / 100;
  const w = i.wacc / 100;
  const m = i.margin / 100;
  const capexAt = (t) => i.capex * (1 + (t >= 0 ? g : h)) ** t;
  const a = i.short_share / 100;
  const baseAt = (t, share, life) => {
    let sum = 0;
    for (let k = 0; k < life; k += 1) sum += capexAt(t - k);
    return share * sum;
  };
  const crf = (life) => (Math.abs(w) < 1e-9 ? 1 / life : w / (1 - (1 + w) ** -life));
  const short0 = baseAt(0, a, i.life);
  const rows = [];
  for (let t = 0; t < i.years; t += 1) {
    const short = baseAt(t, a, i.life);
    const long = baseAt(t, 1 - a, i.building_life);
    const energy = short0 > 0 ? i.energy * short / short0 : 0;
    const charge = crf(i.life) * short + crf(i.building_life) * long;
    const fleet = charge + energy + (i.opex / 100) * (short + long);
    const required = fleet / (1 - m);
    const revenue = i.revenue * (1 + i.revenue_growth / 100) ** t;
    rows.push({ year: i.start + t, required, revenue });
  }
  const first = rows[0];
  return {
    rows,
    summary: {
      required_revenue: first.required,
      revenue: first.revenue,
      gap: first.required - first.revenue,
      coverage: first.required > 0 ? first.revenue / first.required : null,
    },
  };
}

function baselineMoney(b) {
  const a = Math.abs(b);
  const sign = b < 0 ? '-' : '';
  if (a >= 999.995) return `${sign}$${(a / 1000).toFixed(2)}T`;
  if (a >= 9.95) return `${sign}$${a.toFixed(0)}B`;
  if (a >= 0.05) return `${sign}$${a.toFixed(1)}B`;
  return '$0';
}
