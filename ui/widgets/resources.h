#pragma once

namespace console::ui {

// Registers the icons compiled into this static library. Static libraries do not run their
// resource initialisers on their own; every entry point of the UI calls this (idempotent).
void initResources();

} // namespace console::ui
