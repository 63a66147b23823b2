# Fuzz targets (tests/fuzz/fuzz_<name>.cpp, each an LLVMFuzzerTestOneInput) and
# their seed corpora (tests/fuzz/corpus/<name>/). Every build makes a replay
# driver per target (fuzz_<name>_replay, with replay_main.cpp) and CTest runs
# each corpus file through it: fuzz.replay.<name>.<file>. With PORTAL_FUZZ
# (clang) the libFuzzer binaries fuzz_<name> are built too; ./test.sh runs
# each for a bounded time.
set(PORTAL_FUZZ_TARGETS front_matter markdown mustache)
# Corpus files that crash for a defect being fixed elsewhere
# (tests/fuzz/known_crashes.txt): their replay test is expected to fail.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/known_crashes.txt" PORTAL_FUZZ_KNOWN_CRASHES REGEX "^[^#]")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/known_crashes.txt")
foreach(target IN LISTS PORTAL_FUZZ_TARGETS)
  add_executable(fuzz_${target}_replay tests/fuzz/fuzz_${target}.cpp tests/fuzz/replay_main.cpp)
  target_link_libraries(fuzz_${target}_replay PRIVATE portal_core)
  target_compile_options(fuzz_${target}_replay PRIVATE ${PORTAL_WARNINGS})
  if(PORTAL_FUZZ)
    add_executable(fuzz_${target} tests/fuzz/fuzz_${target}.cpp)
    target_link_libraries(fuzz_${target} PRIVATE portal_core)
    target_compile_options(fuzz_${target} PRIVATE ${PORTAL_WARNINGS})
    target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  endif()
  file(GLOB corpus CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/tests/fuzz/corpus/${target}/*")
  foreach(file IN LISTS corpus)
    get_filename_component(base "${file}" NAME)
    add_test(NAME fuzz.replay.${target}.${base} COMMAND fuzz_${target}_replay "${file}")
    set_tests_properties(fuzz.replay.${target}.${base} PROPERTIES TIMEOUT 60)
    if("${target}/${base}" IN_LIST PORTAL_FUZZ_KNOWN_CRASHES)
      set_tests_properties(fuzz.replay.${target}.${base} PROPERTIES WILL_FAIL TRUE)
    endif()
  endforeach()
endforeach()
