#include "screenshot.h"

#include <GLFW/glfw3.h>
#include <stb_image_write.h>

#include <vector>

namespace painatlas::ui {

std::string write_back_buffer_png(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's rows run bottom to top; PNG's top to bottom.
  stbi_flip_vertically_on_write(1);
  const int stride = width * 4;
  if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), stride))
    return "cannot write " + path;
  return {};
}

}  // namespace painatlas::ui
