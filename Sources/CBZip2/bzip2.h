// libbz2 from the system (Debian: libbz2-dev, which ships no pkg-config file); only
// Sources/TranslationTrackerReaders/Dumps/BZip2.swift imports it.
#include <bzlib.h>
