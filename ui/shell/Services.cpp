// SPDX-FileCopyrightText: 2026 The Webhook Configurator developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shell/Services.h"

#include "net/SandboxReceiver.h"
#include "record/PixelStore.h"

#include <QSettings>

namespace {
// Under the panel's name, as earlier versions kept it there.
const QLatin1String kPortKey("ReceiverPanel/port");
} // namespace

Services::Services(QObject *parent)
    : QObject(parent)
    , m_receiver(new SandboxReceiver(this))
{}

Services::~Services() = default;

PixelStore *Services::pixelStore() const
{
    return m_pixelStore && m_pixelStore->isOpen() ? m_pixelStore.get() : nullptr;
}

bool Services::startReceiver(quint16 port, QString *error)
{
    m_receiver->close();
    const bool ok = m_receiver->listen(port);
    if (!ok && error)
        *error = m_receiver->errorString();
    emit receiverStateChanged();
    return ok;
}

void Services::stopReceiver()
{
    if (!m_receiver->isListening())
        return;
    m_receiver->close();
    emit receiverStateChanged();
}

quint16 Services::savedReceiverPort()
{
    bool ok = false;
    const int port = QSettings().value(kPortKey).toInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : SandboxReceiver::kDefaultPort;
}

void Services::saveReceiverPort(quint16 port)
{
    QSettings().setValue(kPortKey, int(port));
}

bool Services::openPixelStore(const QString &path, QString *error)
{
    auto store = std::make_unique<PixelStore>();
    if (!store->open(path, error))
        return false;
    m_pixelStore = std::move(store);
    emit pixelStoreChanged();
    return true;
}
