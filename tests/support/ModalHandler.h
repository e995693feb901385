// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

// Acts on the next modal dialog of type T as soon as it is shown: widget tests answer the
// dialogs (save prompts, restore offers) that a blocking exec() would otherwise wait on.
template<typename T> class ModalHandler
{
public:
    explicit ModalHandler(std::function<void(T *)> handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_handled = true;
                m_handler(dialog);
            }
        });
        m_timer.start(10);
    }

    bool handled() const { return m_handled; }

private:
    std::function<void(T *)> m_handler;
    QTimer m_timer;
    bool m_handled = false;
};
