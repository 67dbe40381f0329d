# Every third-party dependency comes from the distribution and is found here, once.
# Nothing is downloaded at configure or build time.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Svg Test LinguistTools)
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED PURPOSE "Application framework (Core, Gui, Widgets, Network, Svg, Test, LinguistTools)")

find_package(yaml-cpp REQUIRED)
set_package_properties(yaml-cpp PROPERTIES TYPE REQUIRED PURPOSE "Reading and writing plan files, kubeconfig and Helm values")
# yaml-cpp 0.7 (Debian 12) exports "yaml-cpp", 0.8 (Debian 13) "yaml-cpp::yaml-cpp".
if(TARGET yaml-cpp::yaml-cpp)
    set(MESHFED_YAML_TARGET yaml-cpp::yaml-cpp)
else()
    set(MESHFED_YAML_TARGET yaml-cpp)
endif()

find_package(Qt6Keychain REQUIRED)
set_package_properties(Qt6Keychain PROPERTIES TYPE REQUIRED PURPOSE "Credentials in the operating system's keychain")

find_package(QCoro6 REQUIRED COMPONENTS Core Network)
set_package_properties(QCoro6 PROPERTIES TYPE REQUIRED PURPOSE "C++20 coroutines over Qt signals, QProcess and QNetworkReply")

find_package(OpenSSL REQUIRED COMPONENTS Crypto)
set_package_properties(OpenSSL PROPERTIES TYPE REQUIRED PURPOSE "X.509 certificates made by the simulator (Vault PKI, API server CAs)")

find_path(DTL_INCLUDE_DIR dtl/dtl.hpp)
if(NOT DTL_INCLUDE_DIR)
    message(FATAL_ERROR "libdtl (Debian: libdtl-dev) was not found: it computes the values-file diffs")
endif()
add_library(meshfed_dtl INTERFACE)
target_include_directories(meshfed_dtl SYSTEM INTERFACE ${DTL_INCLUDE_DIR})

if(NOT MESHFED_SYNTAX_HIGHLIGHTING STREQUAL "OFF")
    if(MESHFED_SYNTAX_HIGHLIGHTING STREQUAL "ON")
        find_package(KF6SyntaxHighlighting CONFIG REQUIRED)
    else()
        find_package(KF6SyntaxHighlighting CONFIG QUIET)
    endif()
endif()
set_package_properties(KF6SyntaxHighlighting PROPERTIES TYPE OPTIONAL
    PURPOSE "YAML highlighting in the values editor (without it, a small built-in highlighter is used)")
set(MESHFED_HAVE_KSYNTAXHIGHLIGHTING ${KF6SyntaxHighlighting_FOUND})
add_feature_info("KSyntaxHighlighting" MESHFED_HAVE_KSYNTAXHIGHLIGHTING "values editor highlighting from KF6SyntaxHighlighting")
