# Every dependency is a Debian 12 package installed by scripts/setup.sh; nothing is downloaded.
find_package(Qt6 REQUIRED COMPONENTS Core Gui Concurrent LinguistTools)
if(CLUEDESK_GUI)
  find_package(Qt6 REQUIRED COMPONENTS Widgets Charts PrintSupport Test)
endif()
find_package(SQLite3 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(LibXml2 REQUIRED) # the HTML-table reader
find_package(PkgConfig REQUIRED)
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip) # reading xlsx (zip) parts
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter) # xlsx exports
# zxcvbn-c (libzxcvbn-dev) rates passphrases; Debian ships no pkg-config file for it.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY zxcvbn REQUIRED)
add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED)
set_target_properties(Zxcvbn::Zxcvbn PROPERTIES IMPORTED_LOCATION ${ZXCVBN_LIBRARY} INTERFACE_INCLUDE_DIRECTORIES
  ${ZXCVBN_INCLUDE_DIR})
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-qt6)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract lept)
# Tesseract runs its loops with OpenMP (libgomp); OcrEngine keeps them to one thread per worker.
find_package(OpenMP REQUIRED)
if(CLUEDESK_TESTS)
  find_package(Catch2 REQUIRED)
endif()
