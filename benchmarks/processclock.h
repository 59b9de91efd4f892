// SPDX-License-Identifier: GPL-3.0-or-later
// dbtc-posix-guarded: the one place the benchmarks ask the OS for CPU time and peak memory;
// every POSIX call sits behind a platform #if so the benchmarks build on Windows and macOS.
#pragma once

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <psapi.h>
#include <windows.h>
#else
#include <sys/resource.h>
#include <time.h>
#endif

namespace Dbtc::Bench {

#if defined(_WIN32)
inline double fileTimeMs(const FILETIME &t)
{
    const ULONGLONG ticks = (ULONGLONG(t.dwHighDateTime) << 32) | t.dwLowDateTime;
    return double(ticks) / 1e4; // 100 ns ticks
}
#endif

//! CPU time of the whole process in ms: on a shared machine wall time also counts waiting for a
//! core.
inline double processCpuMs()
{
#if defined(_WIN32)
    FILETIME created, exited, kernel, user;
    GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user);
    return fileTimeMs(kernel) + fileTimeMs(user);
#else
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
}

//! CPU time of the calling thread in ms: unlike wall time it does not grow when other processes
//! take the cores, so it shows the stall an idle machine would see.
inline double threadCpuMs()
{
#if defined(_WIN32)
    FILETIME created, exited, kernel, user;
    GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user);
    return fileTimeMs(kernel) + fileTimeMs(user);
#else
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
}

//! Peak resident memory of the process in KiB.
inline long peakRssKb()
{
#if defined(_WIN32)
    PROCESS_MEMORY_COUNTERS counters {};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return long(counters.PeakWorkingSetSize / 1024);
#else
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
#if defined(__APPLE__)
    return long(u.ru_maxrss / 1024); // bytes on macOS, KiB on Linux
#else
    return u.ru_maxrss;
#endif
#endif
}

} // namespace Dbtc::Bench
