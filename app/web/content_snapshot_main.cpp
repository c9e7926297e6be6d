// painatlas-content-snapshot: run by the build under node (see content_snapshot.h). Loads the
// content embedded at /content, writes the catalog cache into the first folder given, which the
// site then carries at /cache/catalog.cbor, and the accessible web pages (lib/export/site.h) into
// the second, which the site carries under pages/ for Help > Open as a web page.
#include <emscripten.h>

#include <filesystem>
#include <iostream>

#include "content/catalog_cache.h"
#include "content/problem.h"
#include "content_snapshot.h"
#include "export/site.h"
#include "export/site_directory.h"

// A folder of the real file system, through node.
EM_JS(void, mount_folder, (const char* folder, const char* at), {
  FS.mkdir(UTF8ToString(at));
  FS.mount(NODEFS, {root : UTF8ToString(folder)}, UTF8ToString(at));
});

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: node painatlas-content-snapshot.js CACHE_FOLDER PAGES_FOLDER\n";
    return 2;
  }
  mount_folder(argv[1], "/out");
  mount_folder(argv[2], "/pages");
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
  const auto written = painatlas::write_site("/pages", painatlas::build_site(*loaded.catalog));
  if (!written.ok()) {
    std::cerr << "painatlas-content-snapshot: could not write the pages into " << argv[2] << ": "
              << written.message << '\n';
    return 1;
  }
  std::cout << written.written << " web pages\n";
  return 0;
}
