# meshfed_add_test(NAME tst_<unit> SOURCES ... LIBS ... [KEYRING] [TIMEOUT seconds] [LABELS ...])
#
# Builds one QtTest executable and registers it with CTest, headless (QT_QPA_PLATFORM=offscreen)
# and with a per-test timeout. KEYRING runs it inside a private D-Bus session with an unlocked
# gnome-keyring, so QtKeychain talks to a real Secret Service (never a plain-text fallback) and
# never to the developer's own keyring.
set(MESHFED_KEYRING_WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/run-with-keyring.sh)
set(MESHFED_TEST_DEFAULT_TIMEOUT 120)

function(meshfed_add_test)
    cmake_parse_arguments(arg "KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT arg_NAME MATCHES "^tst_")
        message(FATAL_ERROR "Test executables are named tst_<unit>, not ${arg_NAME}")
    endif()
    if(NOT arg_SOURCES)
        set(arg_SOURCES ${arg_NAME}.cpp)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT ${MESHFED_TEST_DEFAULT_TIMEOUT})
    endif()

    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test meshfed_testsupport ${arg_LIBS})
    meshfed_target_defaults(${arg_NAME})
    target_compile_definitions(${arg_NAME} PRIVATE
        MESHFED_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MESHFED_BINARY_DIR="${PROJECT_BINARY_DIR}")

    set(command $<TARGET_FILE:${arg_NAME}>)
    if(arg_KEYRING)
        set(command ${MESHFED_KEYRING_WRAPPER} ${command})
        list(APPEND arg_LABELS keyring)
    endif()
    add_test(NAME ${arg_NAME} COMMAND ${command})
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE=;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()

# meshfed_add_benchmark(NAME bench_<unit> SOURCES ... LIBS ... [ENV VAR=value...])
#
# A QBENCHMARK executable. CTest runs it once as a smoke test (label "benchmark", one
# iteration) so it keeps building and working; the figures come from running it by hand
# (see docs/PERFORMANCE.md), never from a timed assertion.
function(meshfed_add_benchmark)
    cmake_parse_arguments(arg "" "NAME" "SOURCES;LIBS;ARGS;ENV" ${ARGN})
    if(NOT arg_NAME MATCHES "^bench_")
        message(FATAL_ERROR "Benchmark executables are named bench_<unit>, not ${arg_NAME}")
    endif()
    if(NOT arg_SOURCES)
        set(arg_SOURCES ${arg_NAME}.cpp)
    endif()
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test meshfed_testsupport ${arg_LIBS})
    meshfed_target_defaults(${arg_NAME})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME} -iterations 1 ${arg_ARGS})
    set_tests_properties(${arg_NAME} PROPERTIES
        TIMEOUT ${MESHFED_TEST_DEFAULT_TIMEOUT}
        LABELS benchmark
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${arg_ENV}")
endfunction()
