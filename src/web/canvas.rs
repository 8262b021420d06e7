//! The page's drawing backends: plotters-canvas (and the SVG backend, for downloads),
//! measuring text with a canvas.
//!
//! plotters measures text on the web by adding a styled `<span>` to the document and
//! reading its size: a forced layout per measurement, and an inline style that a strict
//! Content-Security-Policy (`style-src` without `'unsafe-inline'`) refuses. [`Measured`]
//! draws through any backend and answers `estimate_text_size` with a 2D context's
//! `measureText`, in the same font string plotters-canvas draws with.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Result<T, E> = std::result::Result<T, DrawingErrorKind<E>>;

/// A backend `B` whose text is measured by a canvas 2D context (see the module docs).
pub struct Measured<B> {
    inner: B,
    context: CanvasRenderingContext2d,
}

fn context_of(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

impl Measured<CanvasBackend> {
    /// The backend for drawing into `canvas`, or `None` when it has no 2D context.
    pub fn canvas(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = context_of(&canvas)?;
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        Some(Measured { inner, context })
    }
}

impl<B: DrawingBackend> Measured<B> {
    /// `inner`, with text measured by `context`.
    pub fn new(inner: B, context: CanvasRenderingContext2d) -> Self {
        Measured { inner, context }
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

impl<B: DrawingBackend> DrawingBackend for Measured<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), B::ErrorType> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), B::ErrorType> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), B::ErrorType> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), B::ErrorType> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), B::ErrorType> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), B::ErrorType> {
        self.inner.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), B::ErrorType> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), B::ErrorType> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), B::ErrorType> {
        self.inner.draw_text(text, style, pos)
    }

    /// `measureText` width in the font plotters-canvas draws with; the height is the font
    /// size. Should the context refuse, a plain estimate (0.6 em a character) stands in.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), B::ErrorType> {
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
