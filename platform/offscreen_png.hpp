#pragma once
// An off-screen OpenGL framebuffer whose pixels can be saved as a PNG, so
// screenshots have an exact size whatever the window manager does.
#include <string>

namespace rapport::platform {

class OffscreenTarget {
  public:
    OffscreenTarget() = default;
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    bool create(int width, int height, std::string& error);
    void bind() const;
    bool write_png(const std::string& path, std::string& error) const;

  private:
    unsigned framebuffer_ = 0;
    unsigned color_ = 0;
    int width_ = 0;
    int height_ = 0;
};

} // namespace rapport::platform
