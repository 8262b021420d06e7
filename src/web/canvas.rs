//! The page's one drawing backend: plotters-canvas on screen and plotters' SVG backend for
//! downloads, behind one type, with text measured by a canvas.
//!
//! One type, not two: every chart's drawing code is generic over its backend, so two
//! backends compiled it twice into the wasm (about 100 KB of 620 KB). [`Measured`]
//! dispatches each call to the surface it holds; a match per drawing call costs nothing
//! next to the call into the canvas.
//!
//! plotters measures text on the web by adding a styled `<span>` to the document and
//! reading its size: a forced layout per measurement, and an inline style that a strict
//! Content-Security-Policy (`style-src` without `'unsafe-inline'`) refuses. [`Measured`]
//! answers `estimate_text_size` with a 2D context's `measureText`, in the same font string
//! plotters-canvas draws with.

use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Result<T> = std::result::Result<T, DrawingErrorKind<SurfaceError>>;

/// What a surface reported when it failed to draw, in its own words.
#[derive(Debug)]
pub struct SurfaceError(String);

impl std::fmt::Display for SurfaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SurfaceError {}

/// A surface's own error as a [`SurfaceError`], in the words `say` gives it.
fn lift<T, E: std::error::Error + Send + Sync>(
    result: std::result::Result<T, DrawingErrorKind<E>>,
    say: impl FnOnce(E) -> String,
) -> Result<T> {
    result.map_err(|kind| match kind {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(SurfaceError(say(e))),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// What the SVG surface says when it fails. It writes to a `String`, so it does not; its
/// `std::io::Error` is not formatted, which keeps io's error texts out of the wasm (0.8 KB
/// of the gzipped page).
fn svg_failed(_: std::io::Error) -> String {
    "the SVG could not be written".into()
}

/// Where a chart is drawn.
enum Surface<'a> {
    Canvas(CanvasBackend),
    Svg(SVGBackend<'a>),
}

/// Calls `$call` on the backend `$surface` holds, with its error lifted.
macro_rules! on_surface {
    ($surface:expr, $backend:ident => $call:expr) => {
        match $surface {
            Surface::Canvas($backend) => lift($call, |e| e.to_string()),
            Surface::Svg($backend) => lift($call, svg_failed),
        }
    };
}

/// A canvas or an SVG document, with text measured by a canvas 2D context (see the
/// module docs).
pub struct Measured<'a> {
    surface: Surface<'a>,
    context: CanvasRenderingContext2d,
}

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

impl Measured<'static> {
    /// The backend for drawing into `canvas`, or `None` when it has no 2D context.
    pub fn canvas(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = context_of(&canvas)?;
        let surface = Surface::Canvas(CanvasBackend::with_canvas_object(canvas)?);
        Some(Measured { surface, context })
    }
}

impl<'a> Measured<'a> {
    /// The backend for an SVG document of `size` pixels written to `out`, with text
    /// measured by `context`.
    pub fn svg(out: &'a mut String, size: (u32, u32), context: CanvasRenderingContext2d) -> Self {
        let surface = Surface::Svg(SVGBackend::with_string(out, size));
        Measured { surface, context }
    }
}

/// The 2D context of a new, unattached canvas, for measuring text; `None` without a
/// document.
pub fn scratch_context() -> Option<CanvasRenderingContext2d> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    context_of(&canvas)
}

impl DrawingBackend for Measured<'_> {
    type ErrorType = SurfaceError;

    fn get_size(&self) -> (u32, u32) {
        match &self.surface {
            Surface::Canvas(backend) => backend.get_size(),
            Surface::Svg(backend) => backend.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<()> {
        on_surface!(&mut self.surface, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Result<()> {
        on_surface!(&mut self.surface, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_path(path, style))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.fill_polygon(vert, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_circle(center, radius, style, fill))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<()> {
        on_surface!(&mut self.surface, b => b.draw_text(text, style, pos))
    }

    /// `measureText` width in the font plotters-canvas draws with; the height is the font
    /// size. Should the context refuse, a plain estimate (0.6 em a character) stands in.
    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        let size = style.size();
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            size,
            style.family().as_str()
        ));
        let width = match self.context.measure_text(text) {
            Ok(metrics) => metrics.width(),
            Err(_) => 0.6 * size * text.chars().count() as f64,
        };
        Ok((width.ceil().max(0.0) as u32, size.ceil().max(0.0) as u32))
    }
}
