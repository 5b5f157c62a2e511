#include "platform/offscreen_png.hpp"

#include <GL/gl.h>
#include <GL/glext.h>
#include <stb_image_write.h>
#include <vector>

namespace rapport::platform {

OffscreenTarget::~OffscreenTarget() {
    if (color_) glDeleteTextures(1, &color_);
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
}

bool OffscreenTarget::create(int width, int height, std::string& error) {
    width_ = width;
    height_ = height;
    glGenTextures(1, &color_);
    glBindTexture(GL_TEXTURE_2D, color_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color_, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        error = "cannot create an off-screen framebuffer for the screenshot";
        return false;
    }
    return true;
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, width_, height_);
}

bool OffscreenTarget::write_png(const std::string& path, std::string& error) const {
    std::vector<unsigned char> pixels(static_cast<size_t>(width_) * height_ * 4);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom-up; PNG rows top-down. The UI is opaque: force alpha.
    std::vector<unsigned char> flipped(pixels.size());
    const size_t row = static_cast<size_t>(width_) * 4;
    for (int y = 0; y < height_; ++y)
        for (size_t x = 0; x < row; ++x)
            flipped[static_cast<size_t>(y) * row + x] =
                (x % 4 == 3) ? 255 : pixels[static_cast<size_t>(height_ - 1 - y) * row + x];
    if (!stbi_write_png(path.c_str(), width_, height_, 4, flipped.data(), static_cast<int>(row))) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

} // namespace rapport::platform
