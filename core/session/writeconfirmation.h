#pragma once

// The write gate lives in console_writes (core/writes/), where paxosctl can use it too.
#include "core/writes/writeguard.h"
