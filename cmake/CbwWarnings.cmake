# One place for the warning set, so the library, tools and tests are held to the same bar.
function(cbw_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wnull-dereference -Wimplicit-fallthrough)
    if(CBW_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER)
endfunction()
