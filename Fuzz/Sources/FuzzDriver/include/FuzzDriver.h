#ifndef SAMVERKAN_FUZZ_DRIVER_H
#define SAMVERKAN_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt, LLVM 12 and later), linked by
// -sanitize=fuzzer. SwiftPM gives every executable a `main` of its own,
// so the targets call the driver from theirs instead of using libFuzzer's.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// Runs libFuzzer with the process's arguments and `callback`.
int samverkan_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));
#endif
