# Generates meshfed.1 with help2man from the text of "meshfed --help" and "meshfed <command> --help".
# Run at build time (packaging/CMakeLists.txt) as
#
#   cmake -DMESHFED=<built meshfed> -DHELP2MAN=<help2man> -DOUTPUT=<meshfed.1> [-DGZIP=<gzip>]
#         -DSUMMARY=<one line> -DHOMEPAGE=<url> -P GenerateManPage.cmake
#
# The commands are read from the "Commands:" section of "meshfed --help", so a new command appears in
# the man page without any change here. help2man turns the global help into NAME, SYNOPSIS,
# DESCRIPTION and OPTIONS; this script writes an --include file with a COMMANDS section (one
# subsection per command, from its own --help) and SEE ALSO. With GZIP, OUTPUT.gz is written too.
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS MESHFED HELP2MAN OUTPUT SUMMARY HOMEPAGE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateManPage.cmake: -D${var}=... is required")
    endif()
endforeach()

# The man page is English and must not depend on the locale of whoever builds it. A sanitizer build
# (preset asan) checks leaks in its tests, not while it writes documentation.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
set(ENV{LANGUAGE} "")
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})

# CMake lists split on ';' and keep '[...]' together: both are swapped for placeholders while the
# text is handled line by line, and restored when it is written.
function(_to_lines out text)
    string(REPLACE ";" "@SEMICOLON@" text "${text}")
    string(REPLACE "[" "@LBRACKET@" text "${text}")
    string(REPLACE "]" "@RBRACKET@" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

function(_restore out text)
    string(REPLACE "@SEMICOLON@" ";" text "${text}")
    string(REPLACE "@LBRACKET@" "[" text "${text}")
    string(REPLACE "@RBRACKET@" "]" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Plain help text to roff: backslashes escaped, no line starting with a control character.
function(_roff_text out text)
    string(REPLACE "\\" "\\e" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# An option column such as "-v, --version" or "--out <DIR>": options bold, dashes as \-.
function(_roff_term out term)
    _roff_text(term "${term}")
    string(REGEX REPLACE "(^|[ ,])(--?[A-Za-z0-9][A-Za-z0-9-]*)" "\\1\\\\fB\\2\\\\fR" term "${term}")
    string(REPLACE "-" "\\-" term "${term}")
    set(${out} "${term}" PARENT_SCOPE)
endfunction()

function(_run_help out)
    execute_process(COMMAND "${MESHFED}" ${ARGN} --help
        OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " shown "${ARGN}")
        message(FATAL_ERROR "\"meshfed ${shown} --help\" failed (${result}): ${errors}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# One command's --help as a man page subsection. The usage line becomes the synopsis, the
# paragraphs the description, and each "Options:"/"Arguments:" entry a tagged paragraph (.TP).
# -h/--help and --help-all are left out: every command has them, OPTIONS describes them once.
function(_command_section out words summary)
    _run_help(help ${words})
    _to_lines(lines "${help}")
    string(REPLACE ";" " " name "${words}")
    _roff_text(summary "${summary}")
    set(roff ".SS \"${name}\"\n${summary}.\n")
    set(term "")
    set(skip FALSE)
    foreach(line IN LISTS lines)
        if(line MATCHES "^Usage: [^ ]+ ${name}(.*)$")
            _roff_text(rest "${CMAKE_MATCH_1}")
            string(REGEX REPLACE "@LBRACKET@([a-z]+)@RBRACKET@" "@LBRACKET@\\\\fI\\1\\\\fR@RBRACKET@" rest "${rest}")
            string(APPEND roff ".PP\n\\fBmeshfed ${name}\\fR${rest}\n")
        elseif(line STREQUAL "")
            set(term "")
        elseif(line MATCHES "^[A-Z][A-Za-z ]*:$")
            set(term "")
        elseif(line MATCHES "^  [^ ]")
            # An entry: "  --out <DIR>    The folder to write into", or a term alone.
            set(term "${line}")
            set(text "")
            if(line MATCHES "^  ([^ ].*[^ ])  +([^ ].*)$")
                set(term "${CMAKE_MATCH_1}")
                set(text "${CMAKE_MATCH_2}")
            endif()
            string(STRIP "${term}" term)
            if(term MATCHES "^(-h, --help|--help-all)$")
                set(skip TRUE)
            else()
                set(skip FALSE)
                _roff_term(term_roff "${term}")
                _roff_text(text "${text}")
                string(APPEND roff ".TP\n${term_roff}\n${text}\n")
            endif()
        elseif(line MATCHES "^    +([^ ].*)$" AND NOT term STREQUAL "")
            # The continuation of an entry's text, indented to its column.
            if(NOT skip)
                _roff_text(text "${CMAKE_MATCH_1}")
                string(APPEND roff "${text}\n")
            endif()
        else()
            _roff_text(text "${line}")
            string(APPEND roff ".PP\n${text}\n")
        endif()
    endforeach()
    set(${out} "${roff}" PARENT_SCOPE)
endfunction()

_run_help(global)
_to_lines(lines "${global}")
set(in_commands FALSE)
set(commands_roff "")
set(count 0)
foreach(line IN LISTS lines)
    if(line STREQUAL "Commands:")
        set(in_commands TRUE)
    elseif(in_commands AND line MATCHES "^  ([^ ]+( [^ ]+)*)  +([^ ].*)$")
        string(REPLACE " " ";" words "${CMAKE_MATCH_1}")
        _command_section(section "${words}" "${CMAKE_MATCH_3}")
        string(APPEND commands_roff "${section}")
        math(EXPR count "${count} + 1")
    elseif(in_commands)
        break()
    endif()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "\"meshfed --help\" lists no commands under \"Commands:\"; the man page would have none")
endif()

_roff_text(summary "${SUMMARY}")
set(include_text "[NAME]
meshfed \\- ${summary}

[COMMANDS]
.PP
A command runs without a display and exits; without a command, Meshfed starts its window.
Each subsection below is what \\fBmeshfed\\fR \\fIcommand\\fR \\fB\\-\\-help\\fR prints.
${commands_roff}
[SEE ALSO]
.BR kubectl (1)
.PP
The home page of Meshfed: ${HOMEPAGE}
")
_restore(include_text "${include_text}")
set(include_file "${OUTPUT}.include")
file(WRITE "${include_file}" "${include_text}")

execute_process(
    COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section 1
            --include "${include_file}" --output "${OUTPUT}" "${MESHFED}"
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT EXISTS "${OUTPUT}")
    message(FATAL_ERROR "help2man failed (${result}): ${errors}")
endif()

if(GZIP)
    # gzip -9n: maximum compression and no time stamp, as Debian's tools do it.
    execute_process(COMMAND "${GZIP}" -9nc "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${OUTPUT} failed (${result})")
    endif()
endif()
