# ctest -R clang_format: every C++ source of the project must already be clang-formatted
# with the repository's .clang-format, so formatting never drifts between contributors.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/src/*.cpp ${SOURCE_DIR}/src/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
    ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h)
list(FILTER sources EXCLUDE REGEX "/tests/data/")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i on these):\n${output}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files are clang-formatted")
