# The libraries of the browser build, compiled to WebAssembly from Debian's own source packages
# (fetched by scripts/web into PAINATLAS_WEB_SOURCES with `apt-get source`, at the versions the
# desktop build uses). Each gets the target name the rest of the tree links on the desktop, so
# lib/ and app/ui/ build unchanged.

set(PAINATLAS_WEB_SOURCES "${CMAKE_BINARY_DIR}/sources" CACHE PATH
    "Where scripts/web unpacked the Debian source packages")
set(PAINATLAS_IMGUI_SOURCE "${PAINATLAS_WEB_SOURCES}/imgui" CACHE PATH "imgui source package")
set(PAINATLAS_YAML_CPP_SOURCE "${PAINATLAS_WEB_SOURCES}/yaml-cpp" CACHE PATH "yaml-cpp source package")
set(PAINATLAS_UTF8PROC_SOURCE "${PAINATLAS_WEB_SOURCES}/utf8proc" CACHE PATH "utf8proc source package")
foreach(source IN ITEMS ${PAINATLAS_IMGUI_SOURCE}/imgui.cpp ${PAINATLAS_YAML_CPP_SOURCE}/src/parse.cpp
                        ${PAINATLAS_UTF8PROC_SOURCE}/utf8proc.c)
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "${source} is missing: run scripts/web, which fetches the Debian sources")
  endif()
endforeach()

enable_language(C)

# Dear ImGui with its GLFW and OpenGL 3 backends (GLFW is Emscripten's built-in one, OpenGL is
# WebGL 2 through GLSL ES 3.00) and imgui_stdlib, as Debian's libimgui.a holds them. Glyphs are
# rasterised by ImGui's own stb_truetype: FreeType would be one more library to port.
add_library(painatlas_web_imgui STATIC
  ${PAINATLAS_IMGUI_SOURCE}/imgui.cpp
  ${PAINATLAS_IMGUI_SOURCE}/imgui_draw.cpp
  ${PAINATLAS_IMGUI_SOURCE}/imgui_tables.cpp
  ${PAINATLAS_IMGUI_SOURCE}/imgui_widgets.cpp
  ${PAINATLAS_IMGUI_SOURCE}/misc/cpp/imgui_stdlib.cpp
  ${PAINATLAS_IMGUI_SOURCE}/backends/imgui_impl_glfw.cpp
  ${PAINATLAS_IMGUI_SOURCE}/backends/imgui_impl_opengl3.cpp)
target_include_directories(painatlas_web_imgui SYSTEM PUBLIC
  ${PAINATLAS_IMGUI_SOURCE} ${PAINATLAS_IMGUI_SOURCE}/misc/cpp)
# The test-engine hooks let the browser tests find items on screen (app/web/test_hooks.cpp); they
# change ImGui's internal declarations, so every user of ImGui is compiled with them.
target_compile_definitions(painatlas_web_imgui PRIVATE IMGUI_IMPL_OPENGL_ES3
                           PUBLIC IMGUI_ENABLE_TEST_ENGINE)
target_compile_options(painatlas_web_imgui PRIVATE -w)
add_library(PkgConfig::IMGUI ALIAS painatlas_web_imgui)

# yaml-cpp, the same sources its CMake project compiles.
file(GLOB painatlas_yaml_cpp_sources ${PAINATLAS_YAML_CPP_SOURCE}/src/*.cpp
     ${PAINATLAS_YAML_CPP_SOURCE}/src/contrib/*.cpp)
add_library(yaml-cpp STATIC ${painatlas_yaml_cpp_sources})
target_include_directories(yaml-cpp SYSTEM PUBLIC ${PAINATLAS_YAML_CPP_SOURCE}/include)
target_compile_options(yaml-cpp PRIVATE -w)

# utf8proc: one C file (its data tables are included from utf8proc_data.c).
add_library(painatlas_web_utf8proc STATIC ${PAINATLAS_UTF8PROC_SOURCE}/utf8proc.c)
target_include_directories(painatlas_web_utf8proc SYSTEM PUBLIC ${PAINATLAS_UTF8PROC_SOURCE})
target_compile_definitions(painatlas_web_utf8proc PUBLIC UTF8PROC_STATIC PRIVATE UTF8PROC_EXPORTS)
add_library(PkgConfig::UTF8PROC ALIAS painatlas_web_utf8proc)

# Header-only libraries are used as installed. Only their own folders are put on the include
# path: /usr/include as a whole would mix the host's C library into the WebAssembly build.
set(painatlas_web_include "${CMAKE_BINARY_DIR}/host-headers")
file(MAKE_DIRECTORY ${painatlas_web_include})
foreach(folder IN ITEMS nlohmann)
  if(NOT EXISTS "/usr/include/${folder}")
    message(FATAL_ERROR "/usr/include/${folder} is missing: run scripts/web to install it")
  endif()
  file(CREATE_LINK /usr/include/${folder} ${painatlas_web_include}/${folder} SYMBOLIC)
endforeach()
add_library(painatlas_web_nlohmann_json INTERFACE)
target_include_directories(painatlas_web_nlohmann_json SYSTEM INTERFACE ${painatlas_web_include})
add_library(nlohmann_json::nlohmann_json ALIAS painatlas_web_nlohmann_json)

# Debian's emscripten runs its JavaScript tools with the node on the PATH; when that node is not
# Debian's own, it finds their modules (acorn...) only through NODE_PATH. Set for every rule, so
# that `cmake --build build-web` works without scripts/web around it.
set_property(GLOBAL PROPERTY RULE_LAUNCH_LINK "${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs")
