// Same signal as Respond's UI: two animation frames after load, the page has painted.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke("ui_ready")));
