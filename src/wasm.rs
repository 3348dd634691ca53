//! The thin WebAssembly layer: the only place that knows about JavaScript. Settings come
//! in once (`new Engine(settings)`); each `analyze(text)` returns plain JS objects with
//! UTF-16 offsets, as the extension's content script and background expect
//! (docs/CONTRACTS.md).

use crate::model::Settings;
use wasm_bindgen::prelude::*;

/// The engine, as seen from JavaScript.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    inner: crate::Engine,
}

fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::json_compatible()
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    /// Compiles the rules for these settings (a plain object, every field optional).
    /// Throws an `Error` naming file, line and rule for a malformed extra pack.
    #[wasm_bindgen(constructor)]
    pub fn new(settings: JsValue) -> Result<WasmEngine, JsError> {
        let settings: Settings = if settings.is_undefined() || settings.is_null() {
            Settings::default()
        } else {
            serde_wasm_bindgen::from_value(settings)
                .map_err(|e| JsError::new(&format!("bad settings: {e}")))?
        };
        let inner = crate::Engine::new(settings).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(WasmEngine { inner })
    }

    /// Analyses a post: `{language, findings: [{rule, category, severity, start, end,
    /// excerpt, title, message, source}]}` with UTF-16 offsets.
    pub fn analyze(&self, text: &str) -> Result<JsValue, JsError> {
        let analysis = self.inner.analyze(text);
        serde::Serialize::serialize(&analysis, &serializer())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The rules in force: `[{id, category, severity, languages, title, message, source}]`.
    pub fn rules(&self) -> Result<JsValue, JsError> {
        serde::Serialize::serialize(&self.inner.rules(), &serializer())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The engine's version.
    pub fn version() -> String {
        env!("CARGO_PKG_VERSION").to_string()
    }
}
