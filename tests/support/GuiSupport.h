#pragma once
// Tests that paint (fonts, pages, letters) need a QGuiApplication; the prebuilt Catch2 main
// does not make one, so the first such test does (offscreen platform).
namespace testing {
void ensureGuiApp();
}
