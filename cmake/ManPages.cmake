# SPDX-License-Identifier: GPL-3.0-or-later
# Man pages are installed compressed (gzip -9n, as Debian policy wants: no name, no time
# stamp), so a package built from the install tree passes lintian as it is.
#
#   socklab_install_manpage(docs/man/socklab.1 COMPONENT gui)
function(socklab_install_manpage source)
    cmake_parse_arguments(ARG "" "COMPONENT" "" ${ARGN})
    get_filename_component(name ${source} NAME)
    string(REGEX MATCH "[0-9]$" section ${name})
    set(input ${CMAKE_SOURCE_DIR}/${source})
    set(output ${CMAKE_BINARY_DIR}/man/${name}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND gzip -9nc ${input} > ${output}
        DEPENDS ${input}
        COMMENT "Compressing man page ${name}"
        VERBATIM)
    add_custom_target(man_${name} ALL DEPENDS ${output})
    install(FILES ${output} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section}
            COMPONENT ${ARG_COMPONENT})
endfunction()
