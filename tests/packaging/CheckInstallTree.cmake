# Test: "cmake --install" into a scratch tree puts every file where the desktop expects it, and
# AppStream accepts the tree (the metainfo's launchable names the installed desktop file, the icon
# exists). Each run starts from an empty tree.
#   cmake -DBUILD_DIR=<build> -DTREE=<scratch dir> -DAPP_ID=<id> [-DMAN_PAGE=ON]
#         [-DAPPSTREAMCLI=<appstreamcli>] [-DDESKTOP_FILE_VALIDATE=<desktop-file-validate>]
#         -P CheckInstallTree.cmake
file(REMOVE_RECURSE "${TREE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${TREE}/usr"
    OUTPUT_VARIABLE log ERROR_VARIABLE log RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${log}")
endif()

set(expected
    usr/bin/meshfed
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/meshfed/translations/meshfed_de.qm
    usr/share/doc/meshfed/copyright)
if(MAN_PAGE)
    list(APPEND expected usr/share/man/man1/meshfed.1.gz)
endif()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${TREE}/${file}")
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
    message(STATUS "installed ${file}")
endforeach()

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${TREE}/usr/share/applications/${APP_ID}.desktop"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate rejects the installed desktop file")
    endif()
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${TREE}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli validate-tree rejects the installed tree")
    endif()
endif()
