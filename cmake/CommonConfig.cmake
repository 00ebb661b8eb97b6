# Compile settings shared by every ClueDesk target, carried by one INTERFACE target.
add_library(cluedesk_options INTERFACE)
target_compile_options(cluedesk_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(CLUEDESK_WERROR)
  target_compile_options(cluedesk_options INTERFACE -Werror)
endif()
target_compile_definitions(cluedesk_options INTERFACE
  QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_FOREACH QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS)
if(CLUEDESK_SANITIZE)
  target_compile_options(cluedesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(cluedesk_options INTERFACE -fsanitize=address,undefined)
endif()
