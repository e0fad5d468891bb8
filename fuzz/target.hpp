// Every fuzz target defines this entry point (libFuzzer's); fuzz/replay.cpp calls it on files.
#pragma once
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
