// The catalog the site starts from. Parsing the YAML in the browser would cost most of the
// start-up, so the build loads the content once, with the same code under node
// (content_snapshot_main.cpp), and the site carries lib/'s binary catalog cache of the result
// instead of the YAML; the program reads it with read_catalog_snapshot. A site's content is fixed
// when it is built, so the cache needs no check against the files it was made from.
#pragma once

namespace painatlas::web {

// Where the snapshot tool finds the content (embedded) and where the site carries the cache.
inline constexpr const char* kContentDirectory = "/content";
inline constexpr const char* kContentCacheFile = "/cache/catalog.cbor";

}  // namespace painatlas::web
