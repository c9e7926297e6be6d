// The search benchmark's queries, typed out one key at a time, with and without a typo. Shared
// by the native benchmark (bench_main.cpp) and the native-versus-browser one (web/).
#pragma once

#include <string>
#include <vector>

namespace painatlas::bench {

std::vector<std::string> keystrokes();

}  // namespace painatlas::bench
