#pragma once

#include <imgui.h>

#include <string>

namespace rapport::platform {

// Draws Dear ImGui's draw lists with WebGL 2, the whole context ours.
//
// Written rather than using imgui_impl_opengl3 because that backend saves
// and restores some twenty pieces of GL state around every frame, for hosts
// that share the context. In WebGL each glGet is a synchronous round trip to
// the GPU process, which waits for everything drawn before it: on a phone at
// a 3x pixel ratio, with a software GPU, a frame whose own work took 1.2 ms
// waited 110 ms there (tests/bench/web_frames.mjs). This one sets state and
// never reads it back, so the page's thread goes on while the GPU draws.
class WebglRenderer {
  public:
    WebglRenderer() = default;
    WebglRenderer(const WebglRenderer&) = delete;
    WebglRenderer& operator=(const WebglRenderer&) = delete;
    ~WebglRenderer();

    // The program, buffers and vertex layout; false with the reason if the
    // shaders do not build.
    bool create(std::string& error);
    // (Re)uploads the font atlas from ImGui's io.Fonts.
    void upload_fonts();
    // Clears to `background` (the screens draw no full-screen backdrop of
    // their own) and draws `data` into a width x height framebuffer.
    void render(const ImDrawData& data, int width, int height, const ImVec4& background);

  private:
    unsigned program_ = 0;
    unsigned vertex_array_ = 0;
    unsigned vertices_ = 0;
    unsigned indices_ = 0;
    unsigned font_texture_ = 0;
    int projection_at_ = -1;
};

} // namespace rapport::platform
