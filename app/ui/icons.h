// Font Awesome 4.7 code points used in the UI (merged into the body font from Debian's
// fonts-font-awesome). Words always stand beside them; they help scanning, not meaning.
#pragma once

namespace painatlas::ui::icon {
inline constexpr const char* kSearch = "\uf002";
inline constexpr const char* kTimes = "\uf00d";
inline constexpr const char* kCheck = "\uf00c";
inline constexpr const char* kBook = "\uf02d";
inline constexpr const char* kBookmark = "\uf02e";
inline constexpr const char* kBookmarkEmpty = "\uf097";
inline constexpr const char* kTint = "\uf043";
inline constexpr const char* kInfo = "\uf05a";
inline constexpr const char* kQuestion = "\uf059";
inline constexpr const char* kBan = "\uf05e";
inline constexpr const char* kArrowLeft = "\uf060";
inline constexpr const char* kArrowRight = "\uf061";
inline constexpr const char* kWarning = "\uf071";
inline constexpr const char* kExclamation = "\uf06a";
inline constexpr const char* kFilter = "\uf0b0";
inline constexpr const char* kColumns = "\uf0db";
inline constexpr const char* kList = "\uf03a";
inline constexpr const char* kUser = "\uf007";
inline constexpr const char* kStudent = "\uf19d";
inline constexpr const char* kNote = "\uf249";
inline constexpr const char* kPlus = "\uf067";
inline constexpr const char* kCamera = "\uf030";
inline constexpr const char* kEye = "\uf06e";
inline constexpr const char* kDownload = "\uf019";
inline constexpr const char* kMap = "\uf279";
inline constexpr const char* kSituation = "\uf0f0";
inline constexpr const char* kGuide = "\uf0fa";
inline constexpr const char* kPlay = "\uf04b";
inline constexpr const char* kPause = "\uf04c";
inline constexpr const char* kStop = "\uf04d";
inline constexpr const char* kVolume = "\uf028";
}  // namespace painatlas::ui::icon
