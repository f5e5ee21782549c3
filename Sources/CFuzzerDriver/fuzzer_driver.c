// libFuzzer's entry point for programs that have their own main. Declared weak, so the same
// executable links without libFuzzer (a normal build) and then only replays inputs; built with
// `-sanitize=fuzzer` it fuzzes. Swift cannot declare a weak C symbol, hence this file.
#include "fuzzer_driver.h"

#if defined(__linux__)
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) __attribute__((weak));
#endif

int transtrack_fuzzer_available(void) {
#if defined(__linux__)
    return LLVMFuzzerRunDriver != NULL;
#else
    return 0;
#endif
}

int transtrack_fuzzer_run(int *argc, char ***argv, transtrack_fuzz_callback callback) {
#if defined(__linux__)
    if (LLVMFuzzerRunDriver != NULL) return LLVMFuzzerRunDriver(argc, argv, callback);
#endif
    (void)argc;
    (void)argv;
    (void)callback;
    return -1;
}

// Linking with -sanitize=fuzzer also pulls in libFuzzer's own main, which needs this symbol; the
// executable's main (the Swift one) runs instead and passes its callback to LLVMFuzzerRunDriver,
// so this is never called.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    __builtin_trap();
}
