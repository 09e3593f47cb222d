#pragma once

#include <QtGlobal>

// What a sanitizer build changes about the bounds a test may hold a process to. Decided at
// compile time: a test binary and the servers it starts (paxos-sandbox) come from one build
// tree, so they carry the same sanitizers. Release and `ci` builds get zero allowances, so
// their bounds stay exactly as the tests state them.
namespace testsupport {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

// AddressSanitizer keeps freed memory in a quarantine instead of handing it back (so a use
// after free is caught), up to quarantine_size_mb: 256 MB by default on 64-bit Linux. A
// process that churns through buffers therefore grows by up to that much more resident memory
// than it holds; a resident-memory bound gets exactly this on top under ASan (tst_soak: 241
// and 274 MB of growth under ASan against a 100 MB bound that release holds).
inline constexpr qint64 kResidentAllowanceBytes = kAddressSanitizer ? 256LL * 1024 * 1024 : 0;

} // namespace testsupport
