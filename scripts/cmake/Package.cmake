# The Debian package: `cpack -G DEB` in a build configured with CMAKE_INSTALL_PREFIX=/usr (as
# scripts/package does) packs what the install rules install. Library dependencies are found
# by dpkg-shlibdeps from the binaries; the fonts the program loads by path are added by name.
set(PAINATLAS_PACKAGE_MAINTAINER "Pain Atlas maintainers <maintainers@painatlas.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME painatlas)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${PAINATLAS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "interventional pain procedures explained for students and patients")
# The extended description, one paragraph per line list entry; CPack indents it and puts the
# summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Pain Atlas is a reference of interventional pain-management techniques
(nerve blocks, epidural injections, radiofrequency ablation, sympathetic
blocks, neuromodulation, vertebral augmentation). Students get indications,
contraindications, risks with their frequency and source, the bleeding-risk
class, evidence and references; patients get plain language, risks as
about 1 in N, and questions to ask. Education only, not medical advice.

This package holds the desktop program painatlas, the command line
painatlas-cli (which also writes the catalog as accessible web pages), and
content version ${PAINATLAS_CONTENT_VERSION}.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # painatlas_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded from /usr/share/fonts at run time, so no library dependency names them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-font-awesome")
# Links, web pages and saved handouts open through xdg-open.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
