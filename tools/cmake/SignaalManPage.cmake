# signaal_man_page(TARGET DESCRIPTION): TARGET.1 made by help2man from the built program's --help
# and --version, so the man page never drifts from the program; installed in man1.
find_program(SIGNAAL_HELP2MAN help2man REQUIRED)

function(signaal_man_page target description)
  set(page ${CMAKE_BINARY_DIR}/man/${target}.1)
  add_custom_command(
    OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man/home
    # The programs compute their default data folder from $XDG_DATA_HOME: keep it in the build tree.
    COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_HOME=${CMAKE_BINARY_DIR}/man/home
            ${SIGNAAL_HELP2MAN} --no-info --section=1 --name=${description} --output=${page} $<TARGET_FILE:${target}>
    DEPENDS ${target}
    COMMENT "Writing the man page ${target}.1"
    VERBATIM)
  add_custom_target(${target}_man ALL DEPENDS ${page})
  install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()
