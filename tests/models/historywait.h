// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The history answers on its own thread: a test asks and spins the event loop until the
// answer arrives (10 s, then a warning and a default value the test's checks then reject).

#include <QTest>

#include <functional>

template <typename T> T waitFor(std::function<void(std::function<void(T)>)> ask)
{
    T value {};
    bool done = false;
    ask([&](T v) {
        value = std::move(v);
        done = true;
    });
    if (!QTest::qWaitFor(
            [&] {
                return done;
            },
            10000)) {
        qWarning("history read timed out");
    }
    return value;
}
