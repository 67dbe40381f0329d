# Helpers shared by every target of the project.

# meshfed_target_defaults(<target>)
# Warnings and the strict Qt string/URL rules, on our own targets only.
function(meshfed_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    if(MESHFED_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS)
endfunction()

# meshfed_add_library(<name> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(meshfed_add_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${arg_SOURCES})
    # Includes name their layer: #include "model/plan/FederationPlan.h".
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
    target_link_libraries(${name} PUBLIC ${arg_PUBLIC_LIBS} PRIVATE ${arg_PRIVATE_LIBS})
    meshfed_target_defaults(${name})
endfunction()

# Collects the link graph of <target>, transitively, into <out_var>.
function(_meshfed_collect_links target out_var)
    set(seen ${${out_var}})
    if(NOT TARGET ${target} OR ${target} IN_LIST seen)
        set(${out_var} ${seen} PARENT_SCOPE)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(aliased)
        list(APPEND seen ${aliased})
    endif()
    get_target_property(type ${target} TYPE)
    set(links)
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(direct ${target} LINK_LIBRARIES)
        if(direct)
            list(APPEND links ${direct})
        endif()
    endif()
    get_target_property(iface ${target} INTERFACE_LINK_LIBRARIES)
    if(iface)
        list(APPEND links ${iface})
    endif()
    foreach(dep IN LISTS links)
        # $<LINK_ONLY:x> and similar generator expressions wrap plain target names.
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
        if(TARGET ${dep})
            _meshfed_collect_links(${dep} seen)
        endif()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

# meshfed_forbid_dependency(<target> <forbidden>)
# Fails the configure step when <target> reaches <forbidden> through any chain of links.
function(meshfed_forbid_dependency target forbidden)
    set(graph)
    _meshfed_collect_links(${target} graph)
    set(forbidden_names ${forbidden})
    if(TARGET ${forbidden})
        get_target_property(real ${forbidden} ALIASED_TARGET)
        if(real)
            list(APPEND forbidden_names ${real})
        endif()
    endif()
    # Qt also exports versionless and Qt6::WidgetsPrivate style names.
    string(REGEX REPLACE "^Qt6::" "Qt::" versionless "${forbidden}")
    list(APPEND forbidden_names ${versionless} ${forbidden}Private)
    foreach(name IN LISTS forbidden_names)
        if(name IN_LIST graph)
            message(FATAL_ERROR
                "Layering violation: ${target} links ${name}. "
                "model/ and services/ (and the command line) must not depend on Qt Widgets; "
                "move the code that needs widgets to gui/.")
        endif()
    endforeach()
endfunction()
