# The version sieg reports (--version, SARIF) and packages: `git describe` of a vX.Y.Z tag when the
# sources are a git checkout, so a tagged commit is exactly X.Y.Z and any other commit says how far it
# is from it (X.Y.Z+N.gHASH, semver build metadata); without a tag, the project's version and the commit
# (X.Y.Z+gHASH); outside git, the project's version. Read at configure time.
set(SIEG_VERSION_FULL ${PROJECT_VERSION})
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS ${CMAKE_SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} describe --tags --match "v[0-9]*" --long
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} OUTPUT_VARIABLE described RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(rc EQUAL 0 AND described MATCHES "^v([0-9]+\\.[0-9]+\\.[0-9]+)-([0-9]+)-g([0-9a-f]+)$")
    if(CMAKE_MATCH_2 EQUAL 0)
      set(SIEG_VERSION_FULL ${CMAKE_MATCH_1})
    else()
      set(SIEG_VERSION_FULL "${CMAKE_MATCH_1}+${CMAKE_MATCH_2}.g${CMAKE_MATCH_3}")
    endif()
  else()
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short HEAD WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                    OUTPUT_VARIABLE hash RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(rc EQUAL 0 AND NOT hash STREQUAL "")
      set(SIEG_VERSION_FULL "${PROJECT_VERSION}+g${hash}")
    endif()
  endif()
endif()
message(STATUS "sieg version: ${SIEG_VERSION_FULL}")
