// painatlas-content-snapshot: run by the build under node (see content_snapshot.h). Loads the
// content embedded at /content and writes the catalog cache into the folder given, which the site
// then carries at /cache/catalog.cbor.
#include <emscripten.h>

#include <filesystem>
#include <iostream>

#include "content/catalog_cache.h"
#include "content/problem.h"
#include "content_snapshot.h"

// The output folder of the real file system, through node.
EM_JS(void, mount_output_folder, (const char* folder), {
  FS.mkdir("/out");
  FS.mount(NODEFS, {root : UTF8ToString(folder)}, "/out");
});

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: node painatlas-content-snapshot.js OUTPUT_FOLDER\n";
    return 2;
  }
  mount_output_folder(argv[1]);
  painatlas::web::pin_content_times(painatlas::web::kContentDirectory);
  painatlas::ContentLimits limits;
  limits.threads = 1;
  const auto loaded = painatlas::load_content_cached(painatlas::web::kContentDirectory,
                                                     "/out/catalog.cbor", limits);
  std::cout << loaded.catalog->techniques().size() << " techniques, "
            << painatlas::count_errors(loaded.problems) << " content error(s)\n";
  std::error_code error;
  if (!std::filesystem::exists("/out/catalog.cbor", error)) {
    std::cerr << "painatlas-content-snapshot: could not write " << argv[1] << "/catalog.cbor\n";
    return 1;
  }
  return 0;
}
