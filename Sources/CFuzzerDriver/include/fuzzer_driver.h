#ifndef TRANSTRACK_FUZZER_DRIVER_H
#define TRANSTRACK_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The callback libFuzzer calls with each input; returns 0.
typedef int (*transtrack_fuzz_callback)(const uint8_t *data, size_t size);

/// Whether this binary was linked with libFuzzer (`-sanitize=fuzzer`).
int transtrack_fuzzer_available(void);

/// Hands the arguments to libFuzzer and runs `callback` on each input; returns libFuzzer's
/// status, or -1 when the binary has no libFuzzer.
int transtrack_fuzzer_run(int *argc, char ***argv, transtrack_fuzz_callback callback);

#endif
