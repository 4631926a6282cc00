//! The pictures in a scanner's or a phone's files: PNG, JPEG and TIFF images, and PDFs
//! holding one scanned image per page, each decoded to grey.

use std::path::Path;

use image::{DynamicImage, GrayImage, ImageFormat, Luma};

/// Why a file gave no pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not an image or PDF this reader knows.
    Format,
    /// A PDF page without a scanned image, or with one in an encoding not read here.
    PdfImage,
}

impl Unreadable {
    pub fn code(self) -> &'static str {
        match self {
            Unreadable::Format => "format",
            Unreadable::PdfImage => "pdf-image",
        }
    }
}

/// The pages in `bytes`, in order; a PDF page that cannot be read is an `Err` in its place.
pub fn pages(bytes: &[u8]) -> Result<Vec<Result<GrayImage, Unreadable>>, Unreadable> {
    if bytes.starts_with(b"%PDF") {
        return pdf_pages(bytes);
    }
    let format = image::guess_format(bytes).map_err(|_| Unreadable::Format)?;
    if !matches!(format, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Tiff) {
        return Err(Unreadable::Format);
    }
    let picture =
        image::load_from_memory_with_format(bytes, format).map_err(|_| Unreadable::Format)?;
    Ok(vec![Ok(picture.into_luma8())])
}

/// Whether `path` names a file the reader may take, by its extension (a folder the
/// scanner saves into holds other files too).
pub fn is_scan(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "tif" | "tiff" | "pdf")
}

fn pdf_pages(bytes: &[u8]) -> Result<Vec<Result<GrayImage, Unreadable>>, Unreadable> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| Unreadable::Format)?;
    Ok(doc.get_pages().values().map(|&page| pdf_page(&doc, page)).collect())
}

/// The largest image on a PDF page: a scanner puts the page's picture there whole.
fn pdf_page(doc: &lopdf::Document, page: lopdf::ObjectId) -> Result<GrayImage, Unreadable> {
    let images = doc.get_page_images(page).map_err(|_| Unreadable::PdfImage)?;
    let image =
        images.into_iter().max_by_key(|i| i.width * i.height).ok_or(Unreadable::PdfImage)?;
    let filters = image.filters.clone().unwrap_or_default();
    let (w, h) = (image.width as u32, image.height as u32);
    if filters.iter().any(|f| f == "DCTDecode") {
        return image::load_from_memory_with_format(image.content, ImageFormat::Jpeg)
            .map(DynamicImage::into_luma8)
            .map_err(|_| Unreadable::PdfImage);
    }
    if !filters.iter().all(|f| f == "FlateDecode") {
        return Err(Unreadable::PdfImage);
    }
    let stream =
        doc.get_object(image.id).and_then(|o| o.as_stream()).map_err(|_| Unreadable::PdfImage)?;
    let raw = if filters.is_empty() {
        stream.content.clone()
    } else {
        stream.decompressed_content().map_err(|_| Unreadable::PdfImage)?
    };
    let colour = image.color_space.as_deref().unwrap_or("DeviceGray");
    match (colour, image.bits_per_component.unwrap_or(8)) {
        ("DeviceGray", 8) => GrayImage::from_raw(w, h, raw).ok_or(Unreadable::PdfImage),
        ("DeviceRGB", 8) => image::RgbImage::from_raw(w, h, raw)
            .map(|rgb| DynamicImage::ImageRgb8(rgb).into_luma8())
            .ok_or(Unreadable::PdfImage),
        ("DeviceGray", 1) => {
            // Black-and-white scans: rows padded to whole bytes, 0 is black.
            let row = w.div_ceil(8) as usize;
            if raw.len() < row * h as usize {
                return Err(Unreadable::PdfImage);
            }
            Ok(GrayImage::from_fn(w, h, |x, y| {
                let byte = raw[y as usize * row + x as usize / 8];
                Luma([if byte & (0x80 >> (x % 8)) != 0 { 255 } else { 0 }])
            }))
        }
        _ => Err(Unreadable::PdfImage),
    }
}
