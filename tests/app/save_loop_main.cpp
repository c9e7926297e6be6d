// A child for the kill-during-save test: saves user data as fast as it can, each save one
// bookmark longer than the last, until it is killed.
#include <string>

#include "store/user_data.h"

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  painatlas::UserData data;
  for (int i = 0;; ++i) {
    data.bookmarks.push_back("technique-" + std::to_string(i));
    data.notes["technique-" + std::to_string(i)] = std::string(200, 'n');  // a few kB per save
    if (!painatlas::save_user_data(argv[1], data).empty()) return 1;
  }
}
