//! Reading a chart: what a reader points at ([`Pick`]: a year, a flow, a bar) and what a
//! draw leaves behind to find it from a pixel ([`Plot`]: plotters' own coordinate mapping
//! of the plot, read backwards, or the flows' outlines).

use super::ticks::Axis;
use plotters::coord::ranged1d::ReversibleRanged;
use plotters::coord::ReverseCoordTranslate;
use plotters::prelude::Cartesian2d;
use serde::{Deserialize, Serialize};

/// What the reader points at: a year of the gap, costs and cash charts, a flow of the
/// circular chart (its index, in the order of the flow table), or a bar of the tornado
/// (its row, from the top).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "at", rename_all = "snake_case")]
pub enum Pick {
    /// A calendar year.
    Year(i32),
    /// A flow of the circular chart.
    Flow(usize),
    /// A bar of the tornado, 0 on top.
    Bar(usize),
}

/// A point in device pixels.
pub type Pixel = (f64, f64);

/// What a chart's last draw leaves for reading it: how pixels map back to what is drawn.
#[derive(Clone, Default)]
pub struct Plot(Kind);

#[derive(Clone, Default)]
enum Kind {
    /// Nothing to read (no data, or not drawn yet).
    #[default]
    Nothing,
    /// Years across, through the plot's coordinate mapping.
    Years {
        coord: Cartesian2d<Axis, Axis>,
        first: i32,
        last: i32,
    },
    /// The flows' outlines, in pixels, by flow index (empty: a flow too thin to draw).
    Flows(Vec<Vec<Pixel>>),
    /// The tornado's rows, through its coordinate mapping: `rows` bars, the top one at
    /// `rows - 1`.
    Bars {
        coord: Cartesian2d<Axis, Axis>,
        rows: usize,
    },
}

impl Plot {
    /// A plot of years `first..=last` drawn through `coord`.
    pub(super) fn years(coord: &Cartesian2d<Axis, Axis>, first: i32, last: i32) -> Plot {
        Plot(Kind::Years {
            coord: coord.clone(),
            first,
            last,
        })
    }

    /// A flow diagram with these outlines (in device pixels).
    pub(super) fn flows(outlines: Vec<Vec<Pixel>>) -> Plot {
        Plot(Kind::Flows(outlines))
    }

    /// A tornado of `rows` bars drawn through `coord`.
    pub(super) fn bars(coord: &Cartesian2d<Axis, Axis>, rows: usize) -> Plot {
        Plot(Kind::Bars {
            coord: coord.clone(),
            rows,
        })
    }

    /// What is at pixel `(x, y)`: the nearest year across the plot (a pointer beside
    /// the plot reads its first or last year), the flow under it, or the bar of its row.
    pub fn pick(&self, (x, y): Pixel) -> Option<Pick> {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        let at = (x.round() as i32, y.round() as i32);
        match &self.0 {
            Kind::Nothing => None,
            Kind::Years { coord, first, last } => {
                let (year, _) = coord.reverse_translate(at)?;
                Some(Pick::Year(
                    (year.round() as i32).clamp(*first, (*last).max(*first)),
                ))
            }
            Kind::Flows(outlines) => outlines
                .iter()
                .position(|outline| inside(outline, (x, y)))
                .map(Pick::Flow),
            Kind::Bars { coord, rows } => {
                let (_, row) = coord.reverse_translate(at)?;
                let from_top = (*rows as f64 - row).floor();
                (from_top >= 0.0 && from_top < *rows as f64).then_some(Pick::Bar(from_top as usize))
            }
        }
    }

    /// The pick `by` steps (arrow keys) from `from`, kept within the chart; from nothing,
    /// the first year, flow or bar (the last for a step back).
    pub fn step(&self, from: Option<Pick>, by: i32) -> Option<Pick> {
        let within = |i: i64, n: usize| {
            if n == 0 {
                None
            } else {
                Some(i.clamp(0, n as i64 - 1) as usize)
            }
        };
        match (&self.0, from) {
            (Kind::Nothing, _) => None,
            (Kind::Years { first, last, .. }, from) => {
                let year = match from {
                    Some(Pick::Year(y)) => i64::from(y) + i64::from(by),
                    _ if by < 0 => i64::from(*last),
                    _ => i64::from(*first),
                };
                let year = year.clamp(i64::from(*first), i64::from((*last).max(*first)));
                Some(Pick::Year(year as i32))
            }
            (Kind::Flows(outlines), from) => {
                // Only the flows that are drawn.
                let drawn: Vec<usize> = (0..outlines.len())
                    .filter(|i| !outlines[*i].is_empty())
                    .collect();
                let at = match from {
                    Some(Pick::Flow(i)) => drawn.iter().position(|d| *d == i).map(|k| k as i64),
                    _ => None,
                };
                let k = match at {
                    Some(k) => k + i64::from(by),
                    None if by < 0 => drawn.len() as i64 - 1,
                    None => 0,
                };
                within(k, drawn.len()).map(|k| Pick::Flow(drawn[k]))
            }
            (Kind::Bars { rows, .. }, from) => {
                let k = match from {
                    Some(Pick::Bar(i)) => i as i64 + i64::from(by),
                    _ if by < 0 => *rows as i64 - 1,
                    _ => 0,
                };
                within(k, *rows).map(Pick::Bar)
            }
        }
    }
}

/// Whether `p` lies inside `outline` (even-odd rule).
fn inside(outline: &[Pixel], (x, y): Pixel) -> bool {
    let mut inside = false;
    let n = outline.len();
    for i in 0..n {
        let (xi, yi) = outline[i];
        let (xj, yj) = outline[(i + n - 1) % n];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
    }
    inside
}

impl ReversibleRanged for Axis {
    /// The value at pixel `p` of `limit`, on the axis's line (beyond its ends too).
    fn unmap(&self, p: i32, (from, to): (i32, i32)) -> Option<f64> {
        if from == to {
            return None;
        }
        let f = f64::from(p - from) / f64::from(to - from);
        let range = plotters::coord::ranged1d::Ranged::range(self);
        Some(range.start + f * (range.end - range.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years() -> Plot {
        // 2026-2035 across pixels 100..=1000, money 0..10 up pixels 500..=0.
        let coord = Cartesian2d::new(
            Axis::new(2026.0, 2035.0, vec![]),
            Axis::new(0.0, 10.0, vec![]),
            (100..1000, 0..500),
        );
        Plot::years(&coord, 2026, 2035)
    }

    #[test]
    fn a_pixel_reads_the_nearest_year_and_beside_the_plot_its_end() {
        let plot = years();
        assert_eq!(plot.pick((100.0, 250.0)), Some(Pick::Year(2026)));
        assert_eq!(plot.pick((540.0, 250.0)), Some(Pick::Year(2030)));
        assert_eq!(plot.pick((560.0, 250.0)), Some(Pick::Year(2031)));
        assert_eq!(plot.pick((5.0, 250.0)), Some(Pick::Year(2026)));
        assert_eq!(plot.pick((5000.0, 250.0)), Some(Pick::Year(2035)));
        assert_eq!(plot.pick((f64::NAN, 0.0)), None);
        assert_eq!(Plot::default().pick((10.0, 10.0)), None);
    }

    #[test]
    fn arrow_steps_stay_within_the_years() {
        let plot = years();
        assert_eq!(plot.step(None, 1), Some(Pick::Year(2026)));
        assert_eq!(plot.step(None, -1), Some(Pick::Year(2035)));
        assert_eq!(plot.step(Some(Pick::Year(2030)), 1), Some(Pick::Year(2031)));
        assert_eq!(plot.step(Some(Pick::Year(2035)), 1), Some(Pick::Year(2035)));
        assert_eq!(
            plot.step(Some(Pick::Year(2026)), -3),
            Some(Pick::Year(2026))
        );
    }

    #[test]
    fn a_flow_is_found_inside_its_outline_and_thin_ones_are_skipped() {
        let square = vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let other = vec![(20.0, 0.0), (30.0, 0.0), (30.0, 10.0), (20.0, 10.0)];
        let plot = Plot::flows(vec![square, Vec::new(), other]);
        assert_eq!(plot.pick((5.0, 5.0)), Some(Pick::Flow(0)));
        assert_eq!(plot.pick((25.0, 5.0)), Some(Pick::Flow(2)));
        assert_eq!(plot.pick((15.0, 5.0)), None);
        assert_eq!(plot.step(Some(Pick::Flow(0)), 1), Some(Pick::Flow(2)));
        assert_eq!(plot.step(None, -1), Some(Pick::Flow(2)));
    }

    #[test]
    fn a_bar_is_read_by_its_row_from_the_top() {
        let coord = Cartesian2d::new(
            Axis::new(-10.0, 10.0, vec![]),
            Axis::new(0.0, 4.0, vec![]),
            // As ChartBuilder builds it: pixels grow down, values up.
            (0..100, std::ops::Range { start: 400, end: 0 }),
        );
        let plot = Plot::bars(&coord, 4);
        assert_eq!(plot.pick((50.0, 10.0)), Some(Pick::Bar(0)));
        assert_eq!(plot.pick((50.0, 390.0)), Some(Pick::Bar(3)));
        assert_eq!(plot.step(Some(Pick::Bar(3)), 1), Some(Pick::Bar(3)));
    }
}
